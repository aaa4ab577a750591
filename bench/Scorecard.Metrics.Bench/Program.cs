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
using Scorecard.Server.Reports;

var provider = Arg("--provider", "sqlite");
var scale = Enum.Parse<DemoScale>(Arg("--scale", "xl"), ignoreCase: true);
var runs = int.Parse(Arg("--runs", "20"), CultureInfo.InvariantCulture);
var now = new DateTime(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
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

    Console.WriteLine($"{provider}: {await db.Tickets.CountAsync():N0} tickets, {await db.TimeEntries.CountAsync():N0} time entries");
}

var calendar = new ReportingCalendar(zone);
var clock = new FixedClock(now);
var weeks = calendar.WeeksEndingAt(calendar.WeekContaining(now), 13);
var quarterWeeks = calendar.QuarterWeeks(2026, 4).Where(w => w.StartUtc <= now).ToList();
ReportService Service(ReportCache cache) => new(factory, calendar, Capacity.Default, clock, cache);

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
    var timeFilter = $"EXISTS (SELECT 1 FROM tickets t WHERE t.\"Id\" = e.\"TicketId\" AND {ticketFilter})";
    var baseline = new BaselineSql(provider == "postgres", ticketFilter, timeFilter);

    var grid = await Timing.MeasureAsync("13-week grid, engine, uncached", runs, () => Service(new ReportCache()).ReportAsync(card, weeks, default));
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
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  grid p50 engine ÷ hand-written SQL: {grid.P50 / gridSql.P50:F2}"));
    await CompareAsync(card, baseline);
}

async Task<List<double?[]>> RunBaselineAsync(IEnumerable<string> statements)
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
    var opened = sql.Take(13).ToDictionary(r => (int)r[0]!.Value, r => r[1]);
    var backlog = sql.Where(r => r.Length == 3).Skip(13).ToDictionary(r => (int)r[0]!.Value, r => r[1]);
    var hours = sql.Where(r => r.Length == 4 && r[3] is not null && r[1] is not null).TakeLast(13).ToDictionary(r => (int)r[0]!.Value, r => r[1]);
    var mismatches = Enumerable.Range(0, 13).Count(i =>
        report.Row("tickets_opened").Cells[i].Value != (opened.GetValueOrDefault(i) ?? 0)
        || report.Row("open_backlog").Cells[i].Value != (backlog.GetValueOrDefault(i) ?? 0)
        || Math.Abs((report.Row("total_hours").Cells[i].Value ?? 0) - (hours.GetValueOrDefault(i) ?? 0)) > 1e-6);
    Console.WriteLine($"  engine = hand-written SQL for opened, backlog and hours in all 13 weeks: {(mismatches == 0 ? "yes" : $"NO ({mismatches} weeks differ)")}");
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
