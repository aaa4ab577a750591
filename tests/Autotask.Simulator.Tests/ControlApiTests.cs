using System.Net;

namespace Autotask.Simulator.Tests;

/// <summary>The control API outside Autotask's paths: reset, clock, live speed and record changes.</summary>
public sealed class ControlApiTests : FreshSimulator
{
    [Fact]
    public async Task A_clock_supplied_by_the_host_cannot_be_advanced_over_HTTP()
    {
        using var response = await Control.PostAsync("_simulator/clock/advance?minutes=30", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Record_changes_over_the_control_API_behave_like_changes_in_Autotask()
    {
        var open = State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null);
        Clock.Advance(TimeSpan.FromMinutes(1));

        using var patched = await Control.PatchAsync($"_simulator/tickets/{open.Id}?personId=29682885", Json.Body("""{"status":5}"""));
        using var deleted = await Control.DeleteAsync($"_simulator/tickets/{open.Id}");
        var (_, log) = await Http.PostAsync("DeletedTicketLogs/query", $$"""{"filter":[{"op":"eq","field":"ticketID","value":{{open.Id}}}]}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(new DateTime(2026, 11, 25, 15, 1, 0, DateTimeKind.Utc), open.CompletedDate);
        Assert.Equal(29682885, open.CompletedByResourceId);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(1, log.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Reset_regenerates_the_tenant_from_a_seed_and_clears_counters()
    {
        await Http.GetAsync("ThresholdInformation");

        using var reset = await Control.PostAsync("_simulator/reset?seed=9", null);
        var body = await reset.ReadAsync();

        Assert.Equal(9, body.GetProperty("seed").GetInt32());
        Assert.Equal(0, State.Requests.Total);
        Assert.Equal(State.Tenant.Tickets.RowCount, body.GetProperty("tickets").GetInt32());
        Assert.Equal(9, State.Options.Seed);
    }

    [Fact]
    public async Task Live_speed_is_set_over_HTTP_and_reported_with_the_clock()
    {
        using var set = await Control.PostAsync("_simulator/live?speed=30", null);
        var clock = await (await Control.GetAsync("_simulator/clock")).ReadAsync();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(30, clock.GetProperty("liveSpeed").GetDouble());
        Assert.Equal("2026-11-25T15:00:00Z", clock.GetProperty("now").GetString());
    }
}
