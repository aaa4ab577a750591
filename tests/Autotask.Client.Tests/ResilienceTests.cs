using System.Net;
using Autotask.Client.Querying;
using Autotask.Simulator.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>Injected faults against whole queries: what comes back is exact, and only reads are ever asked twice.</summary>
public sealed class ResilienceTests(FaultFixture fx) : IClassFixture<FaultFixture>
{
    static readonly TimeSpan MaxStep = TimeSpan.FromMinutes(2);

    List<long> TicketIds() => fx.Simulator.State.Tenant.Tickets.Snapshot().Select(t => t.Id).ToList();

    [Fact]
    public async Task A_query_through_random_429s_500s_drops_slow_pages_and_thread_limit_errors_returns_every_record_once_at_one_success_per_page()
    {
        using var services = fx.Services(o => o.MaxRetries = 8);
        var client = services.GetRequiredService<AutotaskClient>();
        fx.Simulator.State.Faults.Randomize(seed: 7, probability: 0.3,
        [
            FaultAction.Throttle(TimeSpan.FromSeconds(5)), FaultAction.Throttle(), FaultAction.Fail(500), FaultAction.Fail(503),
            FaultAction.Drop, FaultAction.ThreadLimit, FaultAction.Slow(TimeSpan.FromSeconds(3)),
        ], entity: "Tickets");

        var ids = await fx.Clock.RunAsync(client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { PageSize = 200 })
            .Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken).AsTask(), MaxStep);

        var expected = TicketIds();
        Assert.Equal(expected, ids);
        Assert.Equal((int)Math.Ceiling(expected.Count / 200.0), fx.Simulator.State.Requests.For("Tickets", 200));
        Assert.True(fx.Simulator.State.Requests.For("Tickets") > fx.Simulator.State.Requests.For("Tickets", 200), "faults should have struck");
    }

    [Fact]
    public async Task A_page_that_fails_once_is_asked_again_by_id_and_by_nextPageUrl_without_gaps()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        fx.Simulator.State.Faults.FailPageOnce("Tickets", page: 3);
        var byId = await fx.Clock.RunAsync(client.Tickets.QueryAsync(AutotaskFilter.All).Select(t => t.Id)
            .ToListAsync(TestContext.Current.CancellationToken).AsTask(), MaxStep);
        fx.Simulator.State.Faults.FailPageOnce("Tickets", page: 2, status: 503);
        var byUrl = await fx.Clock.RunAsync(client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { FollowNextPageUrl = true })
            .Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken).AsTask(), MaxStep);

        Assert.Equal(TicketIds(), byId);
        Assert.Equal(TicketIds(), byUrl);
        Assert.Equal(2, fx.Simulator.State.Requests.For("Tickets", 500) + fx.Simulator.State.Requests.For("Tickets", 503));
    }

    [Fact]
    public async Task Retry_After_is_honoured_on_the_clock()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        fx.Simulator.State.Faults.ThrottleNext(1, "Tickets", TimeSpan.FromSeconds(30));
        var start = fx.Clock.GetUtcNow();

        var count = client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken);
        await fx.Clock.RunAsync(count, MaxStep);

        Assert.True(fx.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(30));
        Assert.Equal(2, fx.Simulator.State.Requests.For("Tickets"));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_limit_fails_fast_with_a_throttled_exception()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        fx.Simulator.State.Faults.ThrottleNext(1, "Tickets", TimeSpan.FromMinutes(40));

        var ex = await Assert.ThrowsAsync<AutotaskThrottledException>(() => client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken));

        Assert.Equal(TimeSpan.FromMinutes(40), ex.RetryAfter);
        Assert.Equal(1, fx.Simulator.State.Requests.For("Tickets"));
    }

    [Fact]
    public async Task When_retries_run_out_the_error_carries_status_errors_and_path()
    {
        using var services = fx.Services(o => o.MaxRetries = 2);
        var client = services.GetRequiredService<AutotaskClient>();
        fx.Simulator.State.Faults.FailNext(5, 503, "Tickets");

        var ex = await Assert.ThrowsAsync<AutotaskApiException>(() => fx.Clock.RunAsync(
            client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken), MaxStep));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Contains("503", Assert.Single(ex.Errors), StringComparison.Ordinal);
        Assert.Equal("/ATServicesRest/V1.0/Tickets/query/count", ex.RequestPath);
        // Counted by status: an abandoned slow request of another test may be logged (status 0) while this one runs.
        Assert.Equal(3, fx.Simulator.State.Requests.For("Tickets", 503));
    }

    [Fact]
    public async Task A_request_slower_than_the_attempt_timeout_is_abandoned_retried_and_surfaces_as_unavailable()
    {
        using var services = fx.Services(o => o.MaxRetries = 1);
        var client = services.GetRequiredService<AutotaskClient>();
        // A response slower than the attempt timeout: the simulator holds it on the shared clock, so time can move.
        var slow = fx.Simulator.State.Faults.DelayNext(2, TimeSpan.FromMinutes(10), "Tickets");

        var ex = await Assert.ThrowsAsync<AutotaskUnavailableException>(() => fx.Clock.RunAsync(
            client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken), MaxStep));

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Equal((HttpStatusCode)0, ex.StatusCode);
        Assert.Equal(2, slow.Hits); // both attempts met the slow response and were abandoned
    }

    [Fact]
    public async Task A_write_is_sent_once_whatever_the_failure()
    {
        using var services = fx.Services();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(AutotaskClient));
        var zone = await services.GetRequiredService<Http.AutotaskZoneResolver>().GetApiBaseAsync(TestContext.Current.CancellationToken);
        fx.Simulator.State.Faults.FailNext(3, 503, "Tickets");

        using var create = await http.PostAsync(new Uri(zone, "Tickets"), new StringContent("""{"title":"x"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, create.StatusCode);
        Assert.Equal(1, fx.Simulator.State.Requests.For("Tickets"));
    }

    [Fact]
    public async Task A_validation_error_is_not_retried()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        await Assert.ThrowsAsync<AutotaskApiException>(() => client.Tickets.CountAsync(AutotaskFilter.Eq("noSuchField", 1), TestContext.Current.CancellationToken));

        Assert.Equal(1, fx.Simulator.State.Requests.For("Tickets"));
    }
}
