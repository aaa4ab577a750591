using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Summaries;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>
/// The time summaries the reports read (daily and weekly) equal a grouping of the raw rows, computed here in C#, after a first
/// sync, after every kind of change people make in Autotask (time edited, moved to another ticket, day and
/// person, deleted with and without a log, tickets moved to another queue, created and deleted), and after
/// the reconciliation that removes regular time deleted without a trace; on SQLite and on a real PostgreSQL.
/// </summary>
public sealed class TimeSummaryTests(PostgresServer postgres) : IAsyncLifetime
{
    const int Person = 29682885, ServiceDeskQueue = 29683480, RocQueue = 29683479;

    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task The_summary_equals_the_raw_rows_after_every_kind_of_change(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        await AssertSummaryMatchesAsync(app, ct);

        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        TenantEdits.Apply(tenant.Simulator, seed: 11);
        MoveTime(tenant.Simulator.State);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);
        await AssertSummaryMatchesAsync(app, ct);

        tenant.Clock.Advance(TimeSpan.FromHours(6)); // the reconciliation removes regular time deleted without a log
        Assert.True((await app.SyncAsync()).Succeeded);
        await AssertSummaryMatchesAsync(app, ct);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task A_database_from_before_the_summary_gets_it_built_once(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        await using (var db = Db(app))
        {
            Assert.Equal(TimeSummary.Format, (await db.SummaryStates.SingleAsync(ct)).Format); // start-up built it
            await db.TimeSummaries.ExecuteDeleteAsync(ct); // as the migration leaves an upgraded database
            await db.TimeWeekSummaries.ExecuteDeleteAsync(ct);
            await db.SummaryStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.Format, 0), ct);
            Assert.True(await TimeSummary.EnsureBuiltAsync(db, ct));
            Assert.False(await TimeSummary.EnsureBuiltAsync(db, ct)); // once
        }

        await AssertSummaryMatchesAsync(app, ct);
    }

    /// <summary>Time moved to a ticket in another queue, and to another day and person: both the old and the new slice must change.</summary>
    static void MoveTime(global::Autotask.Simulator.SimulatorState state)
    {
        var tickets = state.Tenant.Tickets.Snapshot();
        var roc = tickets.First(t => t.QueueId == RocQueue).Id;
        var onServiceDesk = state.Tenant.TimeEntries.Snapshot()
            .Where(e => e.TicketId is { } id && tickets.Any(t => t.Id == id && t.QueueId == ServiceDeskQueue)).Take(2).ToList();
        Assert.Equal(2, onServiceDesk.Count);
        state.Changes.UpdateTimeEntry(onServiceDesk[0].Id, e => e.TicketId = (int)roc, Person);
        state.Changes.UpdateTimeEntry(onServiceDesk[1].Id, e => (e.DateWorked, e.ResourceId) = (e.DateWorked.AddDays(-3), Person), Person);
    }

    static async Task AssertSummaryMatchesAsync(ScorecardApp app, CancellationToken ct)
    {
        await using var db = Db(app);
        var tickets = await db.Tickets.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var entries = await db.TimeEntries.AsNoTracking().ToListAsync(ct);
        var expected = entries
            .GroupBy(e =>
            {
                var t = e.TicketId is { } id ? tickets.GetValueOrDefault(id) : null;
                return Key(e.DateWorked, e.ResourceId, t is not null, t?.QueueId, t?.TicketType, t?.Source, t?.IssueType, e.IsNonBillable);
            })
            .Select(g => $"{g.Key} hours={g.Sum(e => e.HoursWorked):0.0000} entries={g.Count()}")
            .Order().ToList();
        var actual = (await db.TimeSummaries.AsNoTracking().ToListAsync(ct))
            .Select(s => $"{Key(s.DateWorked, s.ResourceId, s.OnTicket, s.QueueId, s.TicketType, s.Source, s.IssueType, s.IsNonBillable)} hours={s.ScaledHours / 10_000m:0.0000} entries={s.Entries}")
            .Order().ToList();
        Assert.True(entries.Count > 1000, $"only {entries.Count} time entries to summarise");
        Assert.Equal(expected, actual);

        var expectedWeeks = entries
            .GroupBy(e =>
            {
                var t = e.TicketId is { } id ? tickets.GetValueOrDefault(id) : null;
                var monday = e.DateWorked.AddDays(-(((int)e.DateWorked.DayOfWeek + 6) % 7));
                return FormattableString.Invariant($"{monday:yyyy-MM-dd} r{e.ResourceId} ticket={t is not null} q{t?.QueueId}");
            })
            .Select(g => $"{g.Key} hours={g.Sum(e => e.HoursWorked):0.0000} billable={g.Where(e => !e.IsNonBillable).Sum(e => e.HoursWorked):0.0000} entries={g.Count()}")
            .Order().ToList();
        var actualWeeks = (await db.TimeWeekSummaries.AsNoTracking().ToListAsync(ct))
            .Select(s => FormattableString.Invariant($"{s.WeekStart:yyyy-MM-dd} r{s.ResourceId} ticket={s.OnTicket} q{s.QueueId}")
                + $" hours={s.ScaledHours / 10_000m:0.0000} billable={s.BillableScaledHours / 10_000m:0.0000} entries={s.Entries}")
            .Order().ToList();
        Assert.Equal(expectedWeeks, actualWeeks);
    }

    static string Key(DateOnly date, int resource, bool onTicket, int? queue, int? type, int? source, int? issue, bool nonBillable) =>
        FormattableString.Invariant($"{date:yyyy-MM-dd} r{resource} ticket={onTicket} q{queue} t{type} s{source} i{issue} nb={nonBillable}");

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
