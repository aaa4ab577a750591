// dotnet run -c Release --project bench/Scorecard.Metrics.Bench -- [--provider sqlite|postgres] [--sqlite /tmp/scorecard-xl.db]
//   [--pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=scorecard_xl"] [--scale xl] [--runs 20]
// Loads the simulator's generated tenant straight into the database once (kept for later runs), then prints
// uncached and cached p50/p95 of a 13-week grid, a quarter and a drill-down beside hand-written SQL for the same numbers.
using System.Globalization;
using Autotask.Simulator.Demo;
using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Metrics.Bench;
using Scorecard.Periods;
using Scorecard.Server.Data;
using Scorecard.Server.Caching;
using Scorecard.Server.Reports;
using Scorecard.Server.Sync.Storage;

var provider = Arg("--provider", "sqlite");
var scale = Enum.Parse<DemoScale>(Arg("--scale", "xl"), ignoreCase: true);
var runs = int.Parse(Arg("--runs", "20"), CultureInfo.InvariantCulture);
var now = new DateTime(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
var calendar = new ReportingCalendar(zone);
var factory = new BenchDbFactory(provider, provider == "postgres"
    ? Arg("--pg", "Host=127.0.0.1;Port=55432;Username=postgres;Database=scorecard_xl")
    : $"Data Source={Arg("--sqlite", $"/tmp/scorecard-{scale.ToString().ToLowerInvariant()}.db")}");

await using (var db = factory.CreateDbContext())
{
    await db.Database.MigrateAsync();
    if (!await db.Tickets.AnyAsync())
    {
        await XlLoader.LoadAsync(db, XlLoader.Generate(scale, now, zone));
    }

    // A database loaded before the time summary existed gets it built once, as the server does at start-up.
    var building = System.Diagnostics.Stopwatch.StartNew();
    if (await Scorecard.Server.Data.Summaries.TimeSummary.EnsureBuiltAsync(db, default))
    {
        Console.WriteLine($"built the time summary in {building.Elapsed.TotalSeconds:F1} s");
    }

    building.Restart();
    if (await Scorecard.Server.Data.Summaries.TicketWeekSummary.EnsureBuiltAsync(db, calendar, default))
    {
        Console.WriteLine($"built the weekly ticket summary in {building.Elapsed.TotalSeconds:F1} s");
    }

    Console.WriteLine($"{provider}: {await db.Tickets.CountAsync():N0} tickets, {await db.TimeEntries.CountAsync():N0} time entries");
}

var clock = new FixedClock(now);
var weeks = calendar.WeeksEndingAt(calendar.WeekContaining(now), 13);
var quarterWeeks = calendar.QuarterWeeksBegun(calendar.Quarter(2026, 4), now);
ReportService Service(ReportCache cache, TicketPeriodCache? periods = null) => new(factory, calendar, Capacity.Default, clock, cache, periods ?? new TicketPeriodCache(clock), new CurrentDataVersion(factory));
var storage = new SyncStorage(factory, provider == "postgres" ? new PostgresBulkUpsert() : new SqliteBulkUpsert(), clock);

// The demo tenant's queue ids (Autotask.Simulator's DemoCatalog): ROC, and the two alert queues Service desk leaves out.
const int RocQueue = 29683479, SecurityAlertsQueue = 29683481, MonitoringAlertsQueue = 29683482;
ScorecardDefinition[] cards =
[
    new(1, "service-desk", "Service desk", null, TicketFilter.None with { QueuesOut = [SecurityAlertsQueue, MonitoringAlertsQueue] }, Team.None, [], 1),
    new(2, "roc", "ROC", null, TicketFilter.None with { QueuesIn = [RocQueue] }, Team.None, [], 1),
];

foreach (var card in cards)
{
    Console.WriteLine($"\n{provider} · scorecard {card.Name} ({(card.Filter.QueuesIn.Count > 0 ? "queue in" : "alert queues out")}, time on its tickets)");
    var ticketFilter = card.Filter.QueuesIn.Count > 0
        ? $"t.\"QueueId\" IN ({string.Join(", ", card.Filter.QueuesIn)})"
        : $"(t.\"QueueId\" IS NULL OR t.\"QueueId\" NOT IN ({string.Join(", ", card.Filter.QueuesOut)}))";
    // Hours by hand read the weekly time summary too (the fastest SQL for the same numbers): its rows carry the ticket's queue.
    var timeFilter = $"e.\"OnTicket\" = TRUE AND {ticketFilter.Replace("t.\"", "e.\"", StringComparison.Ordinal)}";
    var baseline = new BaselineSql(provider == "postgres", ticketFilter, timeFilter);

    var grid = await Timing.MeasureAsync("13-week grid, engine, nothing cached", runs, () => Service(new ReportCache()).ReportAsync(card, weeks, default));
    // What a viewer waits for after a sync: the cycle closed or reopened one of this week's tickets (written as the sync
    // writes, so the ticket change is recorded), the report cache holds nothing for the new version, and the periods the
    // change did not touch come from the engine's ticket-period cache.
    var periods = new TicketPeriodCache(clock);
    await Service(new ReportCache(), periods).ReportAsync(card, weeks, default);
    var afterSync = await Timing.MeasureAsync("13-week grid, engine, after a sync changed this week", runs,
        () => Service(new ReportCache(), periods).ReportAsync(card, weeks, default), before: () => ToggleThisWeeksTicketAsync(card));
    // What the first viewer after a restart (or another instance on the same database) waits for: nothing in memory,
    // the periods stored by an earlier computation in ticket_period_totals and checked against the newer ticket changes.
    var store = new TicketPeriodStore(factory, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<TicketPeriodStore>.Instance);
    await Service(new ReportCache(), new TicketPeriodCache(clock, store)).ReportAsync(card, weeks, default);
    await store.FlushAsync(default);
    await Timing.MeasureAsync("13-week grid, engine, after a restart (periods stored)", runs,
        () => Service(new ReportCache(), new TicketPeriodCache(clock, store)).ReportAsync(card, weeks, default));
    var gridSql = await Timing.MeasureAsync("13-week grid, hand-written SQL", runs, () => RunBaselineAsync(baseline.Statements(calendar, weeks)));
    var cached = Service(new ReportCache());
    await Timing.MeasureAsync("13-week grid, engine, cached", runs * 50, () => cached.ReportAsync(card, weeks, default));
    await Timing.MeasureAsync("quarter (Q4 2026), engine, uncached", runs, () => Service(new ReportCache()).ReportAsync(card, quarterWeeks, default));
    await Timing.MeasureAsync("quarter (Q4 2026), hand-written SQL", runs, () => RunBaselineAsync(baseline.Statements(calendar, quarterWeeks)));
    await Timing.MeasureAsync("quarter (Q4 2026), engine, cached", runs * 50, () => cached.ReportAsync(card, quarterWeeks, default));
    var lastWeek = weeks[^2];
    var page = new DrillPage(1, 50, "create_date", false);
    await Timing.MeasureAsync("drill-down tickets_closed W47 p1, uncached", runs,
        () => new DrillDownService(factory, Service(new ReportCache()), calendar, clock).DrillAsync(card, MetricCatalog.Get("tickets_closed"), lastWeek, null, page, default));
    var drillCached = new DrillDownService(factory, cached, calendar, clock);
    await Timing.MeasureAsync("drill-down tickets_closed W47 p1, cell cached", runs,
        () => drillCached.DrillAsync(card, MetricCatalog.Get("tickets_closed"), lastWeek, null, page, default));
    await Timing.MeasureAsync("drill-down tickets_closed W47 p1, hand SQL", runs, () => RunBaselineAsync(
        [$"SELECT COUNT(*) FROM tickets t WHERE {ticketFilter} AND t.\"CompletedDate\" >= {Lit(lastWeek.StartUtc)} AND t.\"CompletedDate\" < {Lit(lastWeek.EndUtc)}",
         $"SELECT * FROM tickets t WHERE {ticketFilter} AND t.\"CompletedDate\" >= {Lit(lastWeek.StartUtc)} AND t.\"CompletedDate\" < {Lit(lastWeek.EndUtc)} ORDER BY t.\"CreateDate\", t.\"Id\" LIMIT 50"]));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  grid p50 engine ÷ hand-written SQL: nothing cached {grid.P50 / gridSql.P50:F2}, after a sync {afterSync.P50 / gridSql.P50:F2}"));
    await CompareAsync(card, baseline);
}

// Closes one of this week's open tickets of the scorecard, or reopens it if it is closed, through the sync's own write path.
async Task ToggleThisWeeksTicketAsync(ScorecardDefinition card)
{
    var week = weeks[^1];
    long id;
    await using (var db = factory.CreateDbContext())
    {
        var queues = card.Filter.QueuesIn.Count > 0 ? card.Filter.QueuesIn.ToList() : null;
        id = await db.Tickets.Where(t => t.CreateDate >= week.StartUtc && t.CreateDate < now && (queues == null || queues.Contains(t.QueueId!.Value)))
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    await using var write = await storage.BeginAsync(default);
    var ticket = await write.Db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id);
    ticket.CompletedDate = ticket.CompletedDate is null ? now.AddMinutes(-5) : null;
    await write.UpsertAsync([ticket], default);
    await write.CommitAsync(default);
}

async Task<List<List<double?[]>>> RunBaselineAsync(IEnumerable<string> statements)
{
    await using var db = factory.CreateDbContext();
    await db.Database.OpenConnectionAsync();
    return await BaselineSql.RunAsync(db.Database.GetDbConnection(), statements);
}

// The engine and the hand-written SQL must give the same numbers, or the comparison means nothing.
async Task CompareAsync(ScorecardDefinition card, BaselineSql baseline)
{
    var report = await Service(new ReportCache()).ReportAsync(card, weeks, default);
    var sql = await RunBaselineAsync(baseline.Statements(calendar, weeks));
    Dictionary<int, double?> Column(int statement, int column) => sql[statement].ToDictionary(r => (int)r[0]!.Value, r => r[column]);
    (string Metric, Dictionary<int, double?> Values)[] pairs =
    [
        ("tickets_opened", Column(0, 1)), ("tickets_closed", Column(2, 1)), ("median_resolution_hours", Column(2, 3)),
        ("first_response_median_minutes", Column(1, 1)), ("open_backlog", Column(3, 1)), ("aged_backlog_7d", Column(3, 2)), ("total_hours", Column(4, 1)),
    ];
    var mismatches = pairs.SelectMany(p => Enumerable.Range(0, 13).Where(i =>
        Math.Abs((report.Row(p.Metric).Cells[i].Value ?? 0) - (p.Values.GetValueOrDefault(i) ?? 0)) > 1e-6 * Math.Max(1, Math.Abs(report.Row(p.Metric).Cells[i].Value ?? 0)))
        .Select(i => $"{p.Metric} week {i}")).ToList();
    Console.WriteLine($"  engine = hand-written SQL (opened, closed, medians, backlog, aged, hours; 13 weeks): {(mismatches.Count == 0 ? "yes" : "NO: " + string.Join(", ", mismatches.Take(5)))}");
}

string Lit(DateTime t) => provider == "postgres"
    ? $"TIMESTAMPTZ '{t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}+00'"
    : $"'{t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'";

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

sealed class FixedClock(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
}

sealed class BenchDbFactory(string provider, string connection) : IDbContextFactory<ScorecardDbContext>
{
    public ScorecardDbContext CreateDbContext() => provider == "postgres"
        ? new PostgresScorecardDbContext(new DbContextOptionsBuilder<PostgresScorecardDbContext>().UseNpgsql(connection).Options)
        : new SqliteScorecardDbContext(new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite(connection).Options);
}
