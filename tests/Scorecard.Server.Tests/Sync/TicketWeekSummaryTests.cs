using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Periods;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Data.Summaries;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>
/// The weekly ticket summary (per week of the configured calendar and queue) equals a recount of the raw tickets done
/// here in C# with the zone's own conversions, after a first sync, after the changes people make in Autotask (issue 7's
/// mix, plus an old ticket reopened, one moved to another queue and a first response moved), and after start-up builds
/// it for a database from before it or from another calendar; on SQLite and on a real PostgreSQL.
/// </summary>
public sealed class TicketWeekSummaryTests(PostgresServer postgres) : IAsyncLifetime
{
    const int Person = 29682885, ServiceDeskQueue = 29683480, RocQueue = 29683479, StatusInProgress = 8;

    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task The_summary_equals_a_recount_of_the_tickets_after_every_kind_of_change(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        var before = await AssertSummaryMatchesAsync(app, ct);

        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        TenantEdits.Apply(tenant.Simulator, seed: 17);
        EditOldTickets(tenant.Simulator.State);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);
        var after = await AssertSummaryMatchesAsync(app, ct);
        Assert.NotEqual(before, after); // the edits moved the summary, so the second comparison proves the sync kept it
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task A_database_from_before_the_summary_or_from_another_calendar_gets_it_built_once(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        var calendar = app.Services.GetRequiredService<ReportingCalendar>();
        await using (var db = Db(app))
        {
            Assert.True(await TicketWeekSummary.IsBuiltForAsync(db, calendar, ct)); // start-up built it
            await db.TicketWeekSummaries.ExecuteDeleteAsync(ct);
            await db.SummaryStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, "Asia/Tokyo|Sunday"), ct);
            Assert.False(await TicketWeekSummary.IsBuiltForAsync(db, calendar, ct)); // another calendar's weeks are never read
            Assert.True(await TicketWeekSummary.EnsureBuiltAsync(db, calendar, ct));
            Assert.False(await TicketWeekSummary.EnsureBuiltAsync(db, calendar, ct)); // once
            Assert.True(await TicketWeekSummary.IsBuiltForAsync(db, calendar, ct));
        }

        await AssertSummaryMatchesAsync(app, ct);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Writes_keep_the_summary_in_the_calendar_it_was_built_for_and_drop_one_for_an_unknown_zone(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);

        // Another instance (or a command-line run) configured for Tokyo and Sunday weeks built it last.
        var tokyo = ReportingCalendar.ForZone("Asia/Tokyo", DayOfWeek.Sunday);
        await using (var db = Db(app))
        {
            await db.SummaryStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, ""), ct);
            Assert.True(await TicketWeekSummary.EnsureBuiltAsync(db, tokyo, ct));
        }

        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        TenantEdits.Apply(tenant.Simulator, seed: 23);
        EditOldTickets(tenant.Simulator.State);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);
        await AssertSummaryMatchesAsync(app, ct, tokyo); // this process's own zone did not leak into it

        await using (var db = Db(app))
        {
            await db.SummaryStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, "Mars/Olympus_Mons|Monday"), ct);
        }

        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        TenantEdits.Apply(tenant.Simulator, seed: 29);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);
        await using (var db = Db(app))
        {
            Assert.Equal("", (await db.SummaryStates.AsNoTracking().SingleAsync(ct)).TicketWeekCalendar); // no longer read by any report
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task A_ticket_new_in_a_write_counts_once_when_written_again_or_deleted_in_the_same_write(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        var now = TestTenant.Now.UtcDateTime;
        var storage = app.Services.GetRequiredService<Scorecard.Server.Sync.Storage.SyncStorage>();
        await using (var write = await storage.BeginAsync(ct))
        {
            // New, then closed in the same write; new, then deleted; new in another queue. Each in weeks of its own, so no
            // week read again for one of them covers another's.
            await write.UpsertAsync([Reports.ReportDatabase.Ticket(990_000_001, now.AddDays(-30), queue: RocQueue)], ct);
            await write.UpsertAsync([Reports.ReportDatabase.Ticket(990_000_001, now.AddDays(-30), completed: now.AddDays(-29), queue: RocQueue)], ct);
            await write.UpsertAsync([Reports.ReportDatabase.Ticket(990_000_002, now.AddDays(-1), queue: RocQueue)], ct);
            await write.DeleteByIdAsync<TicketRow>([990_000_002], ct);
            await write.UpsertAsync([Reports.ReportDatabase.Ticket(990_000_003, now.AddDays(-20), completed: now.AddDays(-19), queue: ServiceDeskQueue)], ct);
            await write.CommitAsync(ct);
        }

        await AssertSummaryMatchesAsync(app, ct);
        await using var db = Db(app);
        Assert.Equal(2, await db.Tickets.CountAsync(t => t.Id >= 990_000_001 && t.Id <= 990_000_003, ct)); // the recount saw them
    }

    /// <summary>An old closed ticket reopened, an old open one moved to another queue, a first response moved by five hours.</summary>
    static void EditOldTickets(global::Autotask.Simulator.SimulatorState state)
    {
        var tickets = state.Tenant.Tickets.Snapshot();
        var monthAgo = TestTenant.Now.UtcDateTime.AddDays(-30);
        var closedOld = tickets.First(t => t.CompletedDate < monthAgo && t.QueueId == ServiceDeskQueue);
        state.Changes.UpdateTicket(closedOld.Id, t => t.Status = StatusInProgress, Person);
        var openOld = tickets.First(t => t.CompletedDate is null && t.CreateDate < monthAgo && t.QueueId != RocQueue);
        state.Changes.UpdateTicket(openOld.Id, t => t.QueueId = RocQueue, Person);
        var answered = tickets.First(t => t.FirstResponseDateTime is not null && t.CreateDate < monthAgo && t.QueueId == ServiceDeskQueue);
        state.Changes.UpdateTicket(answered.Id, t => t.FirstResponseDateTime = t.FirstResponseDateTime!.Value.AddHours(5), Person);
    }

    /// <summary>Compares every row with the recount (values within a microsecond's worth: SQLite subtracts Julian days); returns the rows' counts.</summary>
    static async Task<string> AssertSummaryMatchesAsync(ScorecardApp app, CancellationToken ct, ReportingCalendar? builtFor = null)
    {
        var calendar = builtFor ?? app.Services.GetRequiredService<ReportingCalendar>();
        await using var db = Db(app);
        var tickets = await db.Tickets.AsNoTracking().ToListAsync(ct);
        var expected = Recount(tickets, calendar.Zone, calendar.WeekStart);
        var actual = (await db.TicketWeekSummaries.AsNoTracking().ToListAsync(ct)).ToDictionary(r => (r.WeekStart, r.QueueId));
        Assert.True(tickets.Count > 1000, $"only {tickets.Count} tickets to summarise");
        Assert.True(expected.Count > 50, $"only {expected.Count} weeks and queues to compare");
        Assert.Equal(expected.Keys.Order().ToList(), actual.Keys.Order().ToList());
        foreach (var (key, e) in expected)
        {
            var a = actual[key];
            var where = $"week {key.Item1:yyyy-MM-dd} queue {key.Item2}";
            Assert.Equal((e.Opened, e.SameDay, e.StillOpen, e.Young, e.Closed, e.WithSla, e.SlaMet, e.ClosedCreatedBefore),
                (a.Opened, a.SameDay, a.StillOpen, a.Young, a.Closed, a.WithSla, a.SlaMet, a.ClosedCreatedBefore));
            Close(e.FirstResponses, SortedValues.Decode(a.FirstResponseMinutes), $"{where} first responses");
            Close(e.Resolutions, SortedValues.Decode(a.ResolutionHours), $"{where} resolutions");
            Assert.True(Math.Abs(e.Resolutions.Sum() - a.ResolutionHoursSum) < 1e-3, $"{where} resolution sum");
        }

        return string.Join(";", expected.OrderBy(x => x.Key).Select(x => $"{x.Key}:{x.Value.Opened}/{x.Value.StillOpen}/{x.Value.Closed}/{x.Value.FirstResponses.Sum():F0}"));
    }

    static void Close(List<double> expected, double[] actual, string what)
    {
        expected.Sort();
        Assert.True(expected.Count == actual.Length, $"{what}: {actual.Length} values, expected {expected.Count}");
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-4, $"{what}: value {i} is {actual[i]}, expected {expected[i]}");
        }
    }

    /// <summary>The summary's definition, from the ticket rows and the zone's rules, without the server's calendar or SQL.</summary>
    static Dictionary<(DateOnly, int), Counted> Recount(List<TicketRow> tickets, TimeZoneInfo zone, DayOfWeek weekStart)
    {
        DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
        DateOnly WeekOf(DateTime utc) => LocalDay(utc).AddDays(-(((int)LocalDay(utc).DayOfWeek - (int)weekStart + 7) % 7));
        DateTime Midnight(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var rows = new Dictionary<(DateOnly, int), Counted>();
        Counted At(DateOnly week, int? queue) => rows.TryGetValue((week, queue ?? 0), out var c) ? c : rows[(week, queue ?? 0)] = new Counted();
        foreach (var t in tickets)
        {
            var (created, completed) = (DateTime.SpecifyKind(t.CreateDate, DateTimeKind.Utc), t.CompletedDate is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null);
            var week = WeekOf(created);
            var weekEnd = Midnight(week.AddDays(7));
            var opened = At(week, t.QueueId);
            opened.Opened++;
            opened.SameDay += completed >= Midnight(LocalDay(created)) && completed < Midnight(LocalDay(created).AddDays(1)) ? 1 : 0;
            var stillOpen = completed is null || completed >= weekEnd;
            opened.StillOpen += stillOpen ? 1 : 0;
            opened.Young += stillOpen && created >= weekEnd.AddDays(-7) ? 1 : 0;
            if (t.FirstResponseDateTime is { } fr)
            {
                opened.FirstResponses.Add((DateTime.SpecifyKind(fr, DateTimeKind.Utc) - created).TotalMinutes);
            }

            if (completed is { } done)
            {
                var closedWeek = WeekOf(done);
                var closed = At(closedWeek, t.QueueId);
                closed.Closed++;
                closed.Resolutions.Add((done - created).TotalHours);
                closed.WithSla += t.ServiceLevelAgreementId is null ? 0 : 1;
                closed.SlaMet += t.ServiceLevelAgreementId is not null && t.ServiceLevelAgreementHasBeenMet == true ? 1 : 0;
                closed.ClosedCreatedBefore += created < Midnight(closedWeek) ? 1 : 0;
            }
        }

        return rows;
    }

    sealed class Counted
    {
        public int Opened, SameDay, StillOpen, Young, Closed, WithSla, SlaMet, ClosedCreatedBefore;
        public readonly List<double> FirstResponses = [], Resolutions = [];
    }

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
