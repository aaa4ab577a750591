using System.Net;

namespace Autotask.Simulator.Tests;

/// <summary>The same faults scripted over HTTP at <c>/_simulator/faults</c>, as a test in another process would.</summary>
public sealed class FaultControlApiTests : FreshSimulator
{
    [Fact]
    public async Task A_fault_posted_to_the_control_API_hits_the_next_requests_and_is_listed_as_spent()
    {
        var (status, rule) = await Control.PostAsync("_simulator/faults", """{"kind":"status","status":503,"entity":"Tickets","count":2}""");
        Assert.Equal(200, status);

        using var a = await Http.GetAsync("Tickets/entityInformation");
        using var b = await Http.GetAsync("Tickets/entityInformation");
        using var c = await Http.GetAsync("Tickets/entityInformation");
        var listed = await (await Control.GetAsync("_simulator/faults")).ReadAsync();

        Assert.Equal([503, 503, 200], new[] { (int)a.StatusCode, (int)b.StatusCode, (int)c.StatusCode });
        var only = Assert.Single(listed.GetProperty("rules").EnumerateArray());
        Assert.Equal(rule.GetProperty("id").GetInt32(), only.GetProperty("id").GetInt32());
        Assert.Equal(2, only.GetProperty("hits").GetInt32());
        Assert.True(only.GetProperty("spent").GetBoolean());
    }

    [Fact]
    public async Task A_throttle_posted_with_retryAfterSeconds_sends_the_header_and_one_without_does_not()
    {
        await Control.PostAsync("_simulator/faults", """{"kind":"throttle","retryAfterSeconds":12}""");
        await Control.PostAsync("_simulator/faults", """{"kind":"throttle"}""");

        using var with = await Http.GetAsync("ThresholdInformation");
        using var without = await Http.GetAsync("ThresholdInformation");

        Assert.Equal(HttpStatusCode.TooManyRequests, with.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(12), with.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, without.StatusCode);
        Assert.Null(without.Headers.RetryAfter);
    }

    [Fact]
    public async Task Random_faults_and_clearing_work_over_HTTP()
    {
        var (status, _) = await Control.PostAsync("_simulator/faults/random",
            """{"seed":3,"probability":1,"entity":"Tickets","faults":[{"kind":"status","status":502}]}""");
        Assert.Equal(200, status);
        using var faulted = await Http.GetAsync("Tickets/entityInformation");

        using var cleared = await Control.DeleteAsync("_simulator/faults");
        using var ok = await Http.GetAsync("Tickets/entityInformation");

        Assert.Equal(HttpStatusCode.BadGateway, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task An_unknown_fault_kind_is_a_400()
    {
        var (status, _) = await Control.PostAsync("_simulator/faults", """{"kind":"explode"}""");
        Assert.Equal(400, status);
    }
}
