using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Simulator.Tests;

/// <summary>The same faults scripted over HTTP at <c>/_simulator/faults</c>, as a test in another process would.</summary>
public sealed class FaultControlApiTests : IAsyncLifetime
{
    SimulatorHost host = null!;
    HttpClient http = null!;
    HttpClient control = null!;

    public async ValueTask InitializeAsync()
    {
        host = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = new FakeTimeProvider(SimulatorFixture.Now), HistoryDays = 5 });
        http = SimulatorFixture.Authenticated(host);
        control = new HttpClient { BaseAddress = host.BaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        control.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_fault_posted_to_the_control_API_hits_the_next_requests_and_is_listed_as_spent()
    {
        var (status, rule) = await control.PostAsync("_simulator/faults", """{"kind":"status","status":503,"entity":"Tickets","count":2}""");
        Assert.Equal(200, status);

        using var a = await http.GetAsync("Tickets/entityInformation");
        using var b = await http.GetAsync("Tickets/entityInformation");
        using var c = await http.GetAsync("Tickets/entityInformation");
        var listed = await (await control.GetAsync("_simulator/faults")).ReadAsync();

        Assert.Equal([503, 503, 200], new[] { (int)a.StatusCode, (int)b.StatusCode, (int)c.StatusCode });
        var only = Assert.Single(listed.GetProperty("rules").EnumerateArray());
        Assert.Equal(rule.GetProperty("id").GetInt32(), only.GetProperty("id").GetInt32());
        Assert.Equal(2, only.GetProperty("hits").GetInt32());
        Assert.True(only.GetProperty("spent").GetBoolean());
    }

    [Fact]
    public async Task A_throttle_posted_with_retryAfterSeconds_sends_the_header_and_one_without_does_not()
    {
        await control.PostAsync("_simulator/faults", """{"kind":"throttle","retryAfterSeconds":12}""");
        await control.PostAsync("_simulator/faults", """{"kind":"throttle"}""");

        using var with = await http.GetAsync("ThresholdInformation");
        using var without = await http.GetAsync("ThresholdInformation");

        Assert.Equal(HttpStatusCode.TooManyRequests, with.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(12), with.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, without.StatusCode);
        Assert.Null(without.Headers.RetryAfter);
    }

    [Fact]
    public async Task Random_faults_and_clearing_work_over_HTTP()
    {
        var (status, _) = await control.PostAsync("_simulator/faults/random",
            """{"seed":3,"probability":1,"entity":"Tickets","faults":[{"kind":"status","status":502}]}""");
        Assert.Equal(200, status);
        using var faulted = await http.GetAsync("Tickets/entityInformation");

        using var cleared = await control.DeleteAsync("_simulator/faults");
        using var ok = await http.GetAsync("Tickets/entityInformation");

        Assert.Equal(HttpStatusCode.BadGateway, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task An_unknown_fault_kind_is_a_400()
    {
        var (status, _) = await control.PostAsync("_simulator/faults", """{"kind":"explode"}""");
        Assert.Equal(400, status);
    }
}
