using System.Net;
using Autotask.Simulator.Faults;

namespace Autotask.Simulator.Tests;

/// <summary>Faults scripted in-process on <see cref="SimulatorState.Faults"/>, seen through raw HTTP.</summary>
public sealed class FaultInjectionTests : FreshSimulator
{
    const string FirstTickets = """{"filter":[{"op":"gte","field":"id","value":0}],"MaxRecords":5}""";

    FaultInjector Faults => State.Faults;

    [Fact]
    public async Task The_next_requests_get_a_scripted_429_with_or_without_Retry_After_then_service_resumes()
    {
        Faults.ThrottleNext(1, "Tickets", TimeSpan.FromSeconds(30));
        Faults.ThrottleNext(1, "Tickets");

        using var first = await Http.PostAsync("Tickets/query", Json.Body(FirstTickets));
        using var second = await Http.PostAsync("Tickets/query", Json.Body(FirstTickets));
        using var third = await Http.PostAsync("Tickets/query", Json.Body(FirstTickets));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), first.Headers.RetryAfter?.Delta);
        Assert.NotEmpty((await first.ReadAsync()).Errors());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Null(second.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, State.Requests.For("Tickets", 429));
    }

    [Fact]
    public async Task A_fault_for_one_entity_leaves_the_others_alone()
    {
        Faults.FailNext(5, 500, "Tickets");

        using var companies = await Http.GetAsync("Companies/entityInformation");
        using var tickets = await Http.GetAsync("Tickets/entityInformation");

        Assert.Equal(HttpStatusCode.OK, companies.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, tickets.StatusCode);
    }

    [Fact]
    public async Task A_page_that_fails_once_succeeds_when_asked_again()
    {
        Faults.FailPageOnce("Tickets", page: 2, status: 503);
        var (status, page) = await Http.PostAsync("Tickets/query", FirstTickets);
        Assert.Equal(200, status);
        var next = page.GetProperty("pageDetails").GetProperty("nextPageUrl").GetString()!;

        var (failed, body) = await Http.PostAsync(next, FirstTickets);
        var (retried, again) = await Http.PostAsync(next, FirstTickets);

        Assert.Equal(503, failed);
        Assert.NotEmpty(body.Errors());
        Assert.Equal(200, retried);
        Assert.Equal(5, again.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_slow_response_completes_when_the_simulator_clock_moves_on()
    {
        var rule = Faults.DelayNext(1, TimeSpan.FromSeconds(40), "Tickets");

        var pending = Http.PostAsync("Tickets/query/count", Json.Body("""{"filter":[]}"""), TestContext.Current.CancellationToken);
        await rule.WhenHit();
        Assert.False(pending.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(40));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_hung_request_ends_only_when_the_client_gives_up()
    {
        var rule = Faults.HangNext(1, "Tickets");
        using var giveUp = new CancellationTokenSource();

        var pending = Http.GetAsync("Tickets/entityInformation", giveUp.Token);
        await rule.WhenHit();
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.False(pending.IsCompleted);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        using var after = await Http.GetAsync("Tickets/entityInformation");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_dropped_connection_gives_the_client_no_answer()
    {
        Faults.DropNext(1, "Tickets");

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync("Tickets/entityInformation"));
        using var after = await Http.GetAsync("Tickets/entityInformation");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_scripted_thread_limit_error_carries_Autotasks_text()
    {
        Faults.ThreadLimitNext(1, "Tickets");

        using var response = await Http.GetAsync("Tickets/entityInformation");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.StartsWith("Thread Threshold Exceeded", Assert.Single((await response.ReadAsync()).Errors()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_faults_repeat_for_the_same_seed()
    {
        async Task<List<int>> Run()
        {
            Faults.Randomize(seed: 5, probability: 0.4, [FaultAction.Fail(500), FaultAction.Throttle()], "Tickets");
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var r = await Http.GetAsync("Tickets/entityInformation");
                statuses.Add((int)r.StatusCode);
            }

            Faults.Clear();
            return statuses;
        }

        var first = await Run();
        var second = await Run();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(first, s => s is 500 or 429);
    }
}
