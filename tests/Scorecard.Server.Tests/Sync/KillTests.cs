using Autotask.Simulator;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>
/// The real server process SIGKILLed at random points of its first load and of incremental cycles while Autotask
/// changes, restarted each time, then equal to Autotask field by field. The long run: <c>bench/Scorecard.Sync.Bench kill</c>.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_at_random_points_and_restarted_the_mirror_ends_exact()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { HistoryDays = 30, Seed = 77 });
        var file = Path.Combine(Path.GetTempPath(), $"scorecard-kill-{Guid.NewGuid():N}.db");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Scorecard"] = $"Data Source={file}",
            ["Autotask__UserName"] = simulator.Options.UserName,
            ["Autotask__Secret"] = simulator.Options.Secret,
            ["Autotask__IntegrationCode"] = simulator.Options.IntegrationCode,
            ["Autotask__DiscoveryUrl"] = simulator.BaseUrl.ToString(),
            ["Scorecard__Sync__Interval"] = "00:00:10",
            ["Scorecard__Sync__Webhooks"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            var run = new KillRun(simulator, AppContext.BaseDirectory, environment,
                () => new SqliteScorecardDbContext(new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite($"Data Source={file}").Options),
                seed: 7, output.WriteLine);

            var outcome = await run.RunAsync(loadKills: 3, TimeSpan.FromSeconds(3), reloadKills: 1, incrementalKills: 2, ct);

            Assert.True(outcome.Rows["Tickets"] > 1000 && outcome.Rows["TimeEntries"] > 1000);
            Assert.Empty(outcome.Differences);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
