using Autotask.Simulator.Tenant.Records;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Simulator.Tests;

/// <summary>The live tenant: it works only as the clock moves, and the same clock moves give the same tenant.</summary>
public sealed class LiveTenantTests
{
    [Fact]
    public async Task With_live_mode_off_the_tenant_never_changes_however_far_the_clock_moves()
    {
        var clock = new FakeTimeProvider(SimulatorFixture.Now);
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 5 });
        var before = Fingerprint(host);

        clock.Advance(TimeSpan.FromHours(6));

        Assert.Equal(0, host.State.Live.CatchUp());
        Assert.Equal(before, Fingerprint(host));
    }

    [Fact]
    public async Task A_live_tenant_works_as_the_clock_moves_and_repeats_for_the_same_moves()
    {
        var (a, clockA) = await Live();
        var (b, clockB) = await Live();
        await using (a)
        await using (b)
        {
            var start = SimulatorFixture.Now.UtcDateTime;
            var rows = a.State.Tenant.Tickets.RowCount;
            Assert.Equal(0, a.State.Live.CatchUp());

            clockA.Advance(TimeSpan.FromMinutes(30));
            a.State.Live.CatchUp();
            for (var i = 0; i < 6; i++)
            {
                clockB.Advance(TimeSpan.FromMinutes(5));
                b.State.Live.CatchUp();
            }

            Assert.Equal(Fingerprint(a), Fingerprint(b));
            var tickets = a.State.Tenant.Tickets.Snapshot();
            Assert.True(tickets.Count > rows, "new tickets arrive");
            var changed = tickets.Where(t => t.LastActivityDate > start).ToList();
            Assert.Contains(changed, t => t.CreateDate < start);
            Assert.All(changed, t => Assert.True(t.LastActivityDate <= clockA.GetUtcNow().UtcDateTime));
            Assert.Contains(a.State.Tenant.TimeEntries.Snapshot(), e => e.CreateDateTime > start);
        }
    }

    static async Task<(SimulatorHost Host, FakeTimeProvider Clock)> Live()
    {
        var clock = new FakeTimeProvider(SimulatorFixture.Now);
        var host = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 5, LiveSpeed = 60 });
        return (host, clock);
    }

    static string Fingerprint(SimulatorHost host)
    {
        var t = host.State.Tenant;
        static string Ticket(SimTicket x) => $"{x.Id}:{x.Status}:{x.CompletedDate:O}:{x.LastActivityDate:O}";
        return string.Join("|", t.Tickets.Snapshot().Select(Ticket)) + $"#{t.TimeEntries.RowCount}#{t.TicketNotes.RowCount}";
    }
}
