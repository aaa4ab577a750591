using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>History from <c>Scorecard:Sync:HistoryStart</c>, every open ticket whatever its age, and moving the start earlier later.</summary>
public sealed class HistoryTests : IAsyncLifetime
{
    readonly TestTenant tenant = new();
    readonly string file = Path.Combine(Path.GetTempPath(), $"scorecard-history-{Guid.NewGuid():N}.db");

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await tenant.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }

    ScorecardApp App(string historyStart) => new(tenant.Simulator, tenant.Clock, $"Data Source={file}",
        new Dictionary<string, string?> { ["Scorecard:Sync:HistoryStart"] = historyStart });

    [Fact]
    public async Task Moving_the_history_start_earlier_loads_the_gap_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = tenant.Simulator.State.Tenant;
        var octoberUtc = new DateTime(2026, 10, 15, 4, 0, 0, DateTimeKind.Utc); // local midnight in New York
        var tickets = data.Tickets.Snapshot();
        var entries = data.TimeEntries.Snapshot();
        await using (var first = App("2026-10-15"))
        {
            Assert.True((await first.SyncAsync()).Succeeded);
            await using var db = Db(first);
            // From the start on, plus every ticket still open whatever its age; nothing older.
            Assert.Equal(tickets.Count(t => t.CreateDate >= octoberUtc || t.CompletedDate is null), await db.Tickets.CountAsync(ct));
            Assert.Equal(entries.Count(e => e.DateWorked >= new DateTime(2026, 10, 15)), await db.TimeEntries.CountAsync(ct));
            Assert.True(await db.Tickets.AnyAsync(t => t.CreateDate < octoberUtc, ct));
        }

        tenant.Simulator.State.Requests.Clear();
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var second = App("2026-08-01");
        Assert.True((await second.SyncAsync()).Succeeded);

        await using var after = Db(second);
        Assert.Empty(await MirrorDiff.CompareAsync(data, after, ct));
        // The gap (completed tickets created before 10-15, time worked before it) in 28-day windows: 3 each, a count
        // call, the idle incremental read; nothing already stored is read again.
        var gapTickets = tickets.Count(t => t.CreateDate < octoberUtc && t.CompletedDate is not null);
        var gapEntries = entries.Count(e => e.DateWorked < new DateTime(2026, 10, 15));
        Assert.InRange(Calls("Tickets"), Math.Ceiling(gapTickets / 500.0), Math.Ceiling(gapTickets / 500.0) + 3 + 1 + 1);
        Assert.InRange(Calls("TimeEntries"), Math.Ceiling(gapEntries / 500.0), Math.Ceiling(gapEntries / 500.0) + 3 + 1 + 1);
    }

    int Calls(string entity) => tenant.Simulator.State.Requests.For(entity);

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
