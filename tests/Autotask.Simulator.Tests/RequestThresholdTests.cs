using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Simulator.Tests;

public sealed class RequestThresholdTests
{
    [Fact]
    public async Task Calls_beyond_the_hourly_threshold_get_429_until_the_window_moves_on()
    {
        var clock = new FakeTimeProvider(SimulatorFixture.Now);
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 3, HourlyRequestThreshold = 3 });
        using var http = SimulatorFixture.Authenticated(host);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await http.GetAsync("ThresholdInformation");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await http.GetAsync("ThresholdInformation");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);

        clock.Advance(TimeSpan.FromMinutes(61));
        using var again = await http.GetAsync("ThresholdInformation");
        var info = await again.ReadAsync();
        Assert.Equal(3, info.GetProperty("externalRequestThreshold").GetInt32());
        Assert.Equal(1, info.GetProperty("currentTimeframeRequestCount").GetInt32());
    }

    [Fact]
    public async Task With_latency_tiers_on_a_call_above_half_the_threshold_waits_on_the_simulator_clock()
    {
        var clock = new FakeTimeProvider(SimulatorFixture.Now);
        var options = new SimulatorOptions { Clock = clock, HistoryDays = 3, HourlyRequestThreshold = 4 };
        options.Behaviour.LatencyTiers = Limits.LatencyTier.Documented;
        await using var host = await SimulatorHost.StartAsync(options);
        using var http = SimulatorFixture.Authenticated(host);

        using var first = await http.GetAsync("ThresholdInformation");
        var second = http.GetAsync("ThresholdInformation");
        await host.State.Requests.Slowed.WhenReached(1);
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        using var slowed = await second;

        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.Equal(2, (await slowed.ReadAsync()).GetProperty("currentTimeframeRequestCount").GetInt32());
    }

    [Fact]
    public async Task The_threshold_status_and_Retry_After_follow_the_settings()
    {
        var options = new SimulatorOptions { Clock = new FakeTimeProvider(SimulatorFixture.Now), HistoryDays = 3, HourlyRequestThreshold = 1 };
        options.Behaviour.SendRetryAfter = false;
        options.Behaviour.ThresholdExceededStatus = 500;
        await using var host = await SimulatorHost.StartAsync(options);
        using var http = SimulatorFixture.Authenticated(host);

        using var ok = await http.GetAsync("ThresholdInformation");
        using var refused = await http.GetAsync("ThresholdInformation");

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Null(refused.Headers.RetryAfter);
        Assert.Contains("threshold", Assert.Single((await refused.ReadAsync()).Errors()), StringComparison.Ordinal);
    }
}
