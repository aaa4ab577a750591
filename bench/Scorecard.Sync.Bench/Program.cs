using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Autotask.Simulator;
using Autotask.Simulator.Demo;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;
using Scorecard.Sync.Bench;

// Scorecard.Sync.Bench [throughput] --scale demo|large|xl --db sqlite|postgres [--days N]
// Scorecard.Sync.Bench store --db sqlite|postgres [--rows N]   (the storing side alone)
// Scorecard.Sync.Bench kill [--runs N] [--scale demo] [--days 30] [--db sqlite|postgres] [--seed S]
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "throughput";
string Arg(string name, string fallback) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault() ?? fallback;
var scale = Enum.Parse<DemoScale>(Arg("scale", mode == "kill" ? "demo" : "large"), ignoreCase: true);
var days = int.Parse(Arg("days", mode == "kill" ? "30" : "365"), CultureInfo.InvariantCulture);
var database = Arg("db", "sqlite");
var ct = CancellationToken.None;

Console.WriteLine($"Starting the simulator: {scale}, {days} days of history...");
await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
{
    Scale = scale, HistoryDays = days, Seed = int.Parse(Arg("seed", "42"), CultureInfo.InvariantCulture),
    // Raised so the budget is not what is measured (against real Autotask, reading at 500 records a call is).
    HourlyRequestThreshold = 100_000_000,
});
var t = simulator.State.Tenant;
Console.WriteLine($"Tenant: {t.Tickets.RowCount:N0} tickets, {t.TimeEntries.RowCount:N0} time entries, {t.SlaResults.RowCount:N0} SLA results, " +
    $"{t.Contacts.RowCount:N0} contacts");

await using var postgres = database == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
var sqliteFile = Path.Combine(Path.GetTempPath(), $"scorecard-bench-{Guid.NewGuid():N}.db");
var connectionString = postgres?.ConnectionString ?? $"Data Source={sqliteFile}";
var environment = new Dictionary<string, string>
{
    ["ConnectionStrings__Scorecard"] = connectionString,
    ["Autotask__UserName"] = simulator.Options.UserName,
    ["Autotask__Secret"] = simulator.Options.Secret,
    ["Autotask__IntegrationCode"] = simulator.Options.IntegrationCode,
    ["Autotask__DiscoveryUrl"] = simulator.BaseUrl.ToString(),
    ["Scorecard__TimeZone"] = simulator.Options.TimeZone,
    ["Scorecard__Sync__HistoryStart"] = TimeProvider.System.GetUtcNow().AddDays(-days - 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ["Scorecard__Sync__Interval"] = "00:00:10",
    ["Scorecard__Sync__Webhooks"] = "false",
    ["Logging__LogLevel__Default"] = "Warning",
};
ScorecardDbContext Db() => postgres is not null
    ? new PostgresScorecardDbContext(new DbContextOptionsBuilder<PostgresScorecardDbContext>().UseNpgsql(connectionString).Options)
    : new SqliteScorecardDbContext(new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite(connectionString).Options);

try
{
    if (mode == "store")
    {
        await StoreOnly.RunAsync(Db, postgres is not null, int.Parse(Arg("rows", "40000"), CultureInfo.InvariantCulture));
        return 0;
    }

    if (mode == "kill")
    {
        var runs = int.Parse(Arg("runs", "10"), CultureInfo.InvariantCulture);
        var started = Stopwatch.StartNew();
        var run = new KillRun(simulator, AppContext.BaseDirectory, environment, Db, seed: int.Parse(Arg("seed", "42"), CultureInfo.InvariantCulture), Console.WriteLine);
        var outcome = await run.RunAsync(loadKills: runs, TimeSpan.FromSeconds(double.Parse(Arg("window", "3"), CultureInfo.InvariantCulture)),
            reloadKills: runs / 2, incrementalKills: runs, ct);
        Console.WriteLine($"Kill run: {outcome.LoadKills} kills during the first load, {outcome.ReloadKills} during full reloads, " +
            $"{outcome.IncrementalKills} during incremental cycles, " +
            $"{outcome.Changes} changes in Autotask, {started.Elapsed.TotalSeconds:0} s");
        Console.WriteLine($"Rows compared: {string.Join(", ", outcome.Rows.Select(r => $"{r.Key} {r.Value:N0}"))}");
        Console.WriteLine(outcome.Differences.Count == 0 ? "Differences: none" : $"Differences ({outcome.Differences.Count}):\n  " + string.Join("\n  ", outcome.Differences));
        return outcome.Differences.Count == 0 ? 0 : 1;
    }

    await Throughput.RunAsync(simulator, environment, Db, database, ct);
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
    {
        File.Delete(f);
    }
}
