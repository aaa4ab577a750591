using System.Net;
using System.Text.Json;

namespace Autotask.Simulator.Tests;

/// <summary>Autotask allows 3 concurrent requests per integration code and entity endpoint (autotask-api.md §5).</summary>
public sealed class ConcurrencyTests : FreshSimulator
{
    const string SecondIntegration = "SECOND-FAKE-INTEGRATION-CODE";

    protected override void Configure(SimulatorOptions options) => options.OtherIntegrationCodes.Add(SecondIntegration);

    [Fact]
    public async Task Each_integration_code_has_its_own_three_threads_per_endpoint()
    {
        using var second = SimulatorFixture.Authenticated(Host);
        second.DefaultRequestHeaders.Remove("ApiIntegrationCode");
        second.DefaultRequestHeaders.Add("ApiIntegrationCode", SecondIntegration);
        var slow = State.Faults.DelayNext(6, TimeSpan.FromSeconds(5), "Tickets");
        var inFlight = Enumerable.Range(0, 3).SelectMany(_ => new[] { Http.GetAsync("Tickets/entityInformation"), second.GetAsync("Tickets/entityInformation") }).ToList();
        await slow.WhenHit(6);
        Clock.Advance(TimeSpan.FromSeconds(5));

        var all = await Task.WhenAll(inFlight);

        Assert.All(all, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(3, State.Requests.MaxInFlight("Tickets", SecondIntegration));
        Assert.Equal(3, State.Requests.MaxInFlight("Tickets", Host.Options.IntegrationCode));
        foreach (var r in all)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task A_fourth_concurrent_request_on_one_endpoint_gets_the_thread_threshold_error()
    {
        var slow = State.Faults.DelayNext(3, TimeSpan.FromMinutes(1), "Tickets");
        var inFlight = Enumerable.Range(0, 3).Select(_ => Http.GetAsync("Tickets/entityInformation")).ToList();
        await slow.WhenHit(3);

        using var fourth = await Http.GetAsync("Tickets/entityInformation");
        using var otherEndpoint = await Http.GetAsync("Companies/entityInformation");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var first3 = await Task.WhenAll(inFlight);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Thread Threshold Exceeded", Assert.Single((await fourth.ReadAsync()).Errors()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherEndpoint.StatusCode);
        Assert.All(first3, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(4, State.Requests.MaxInFlight("Tickets"));
        Assert.Equal(4, State.Requests.MaxInFlight("tickets", Host.Options.IntegrationCode));
        Assert.Equal(1, State.Requests.MaxInFlight("Companies"));
        foreach (var r in first3)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task The_control_API_reports_the_most_requests_in_flight_per_integration_code_and_entity()
    {
        var slow = State.Faults.DelayNext(2, TimeSpan.FromSeconds(5), "Tickets");
        var inFlight = Enumerable.Range(0, 2).Select(_ => Http.GetAsync("Tickets/entityInformation")).ToList();
        await slow.WhenHit(2);
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.WhenAll(inFlight);

        var body = await (await Control.GetAsync("_simulator/requests")).ReadAsync();
        var tickets = body.GetProperty("concurrency").EnumerateArray().Single(c => c.GetProperty("entity").GetString() == "Tickets");

        Assert.Equal(Host.Options.IntegrationCode, tickets.GetProperty("integrationCode").GetString());
        Assert.Equal(2, tickets.GetProperty("maxInFlight").GetInt32());
        Assert.Equal(0, tickets.GetProperty("inFlight").GetInt32());
        Assert.Equal(0, tickets.GetProperty("rejected").GetInt32());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("byEntity").ValueKind);
    }

    [Fact]
    public async Task With_the_waiting_setting_an_excess_request_waits_for_a_slot_instead()
    {
        Host.Options.Behaviour.ThreadLimitWaits = true;
        var slow = State.Faults.DelayNext(3, TimeSpan.FromSeconds(10), "Tickets");
        var inFlight = Enumerable.Range(0, 3).Select(_ => Http.GetAsync("Tickets/entityInformation")).ToList();
        await slow.WhenHit(3);

        var fourth = Http.GetAsync("Tickets/entityInformation");
        await State.Requests.InFlight.WhenInFlight("Tickets", 4);
        Assert.False(fourth.IsCompleted);
        Clock.Advance(TimeSpan.FromSeconds(10));
        var all = await Task.WhenAll(inFlight.Append(fourth));

        Assert.All(all, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(4, State.Requests.MaxInFlight("Tickets"));
    }
}
