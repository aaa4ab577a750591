using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Sync;

namespace Scorecard.Dashboard.Bench;

/// <summary>The real server with its built-in demo tenant at a chosen scale, on a loopback port, synced once before timing.</summary>
sealed class BenchServer(string scale, int historyDays) : WebApplicationFactory<Program>
{
    /// <summary>An obviously fake key for the bench's browser.</summary>
    public const string ApiKey = "bench-only-api-key-not-a-secret-000";

    readonly string database = Path.Combine(Path.GetTempPath(), $"scorecard-bench-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Scorecard", $"Data Source={database}");
        builder.UseSetting("Scorecard:Demo:Scale", scale);
        builder.UseSetting("Scorecard:Demo:HistoryDays", historyDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Scorecard:Demo:LiveSpeed", "0");
        builder.UseSetting("Scorecard:Sync:Enabled", "false");
        builder.UseSetting("SCORECARD_API_KEY", ApiKey);
        builder.UseEnvironment("Production");
        builder.UseContentRoot(ServerFolder());
    }

    /// <summary>src/Scorecard.Server of this repository (its wwwroot is the dashboard's).</summary>
    static string ServerFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scorecard.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run the bench from the repository."), "src", "Scorecard.Server");
    }

    public Uri Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress;
    }

    /// <summary>The first sync to its end: cycles repeat while history remains to load.</summary>
    public async Task<IReadOnlyList<SyncStepResult>> SyncAsync()
    {
        var runner = Services.GetRequiredService<SyncRunner>();
        var steps = new List<SyncStepResult>();
        SyncCycleResult cycle;
        do
        {
            cycle = await runner.RunOnceAsync();
            steps.AddRange(cycle.Steps);
        }
        while (cycle.MoreHistory);

        return steps;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(f);
        }
    }
}
