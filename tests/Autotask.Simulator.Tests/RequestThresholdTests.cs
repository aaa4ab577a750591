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
}
