using System.Net;
using Autotask.Simulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// The real server with only its edges replaced: Autotask is the simulator, the clock is fake,
/// and the database is a fresh SQLite file (or the PostgreSQL database given).
/// </summary>
public sealed class ScorecardApp : WebApplicationFactory<Program>
{
    readonly Dictionary<string, string?> settings;
    readonly TimeProvider clock;
    readonly string? sqliteFile;

    public ScorecardApp(SimulatorHost? simulator, TimeProvider clock, string? connectionString = null,
        IDictionary<string, string?>? extra = null)
    {
        this.clock = clock;
        if (connectionString is null)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"scorecard-test-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={sqliteFile}";
        }

        settings = new()
        {
            ["ConnectionStrings:Scorecard"] = connectionString,
            ["Scorecard:TimeZone"] = TestTenant.TimeZone,
            ["Scorecard:Sync:Enabled"] = "false", // tests run cycles themselves
        };
        if (simulator is not null)
        {
            settings["Autotask:UserName"] = simulator.Options.UserName;
            settings["Autotask:Secret"] = simulator.Options.Secret;
            settings["Autotask:IntegrationCode"] = simulator.Options.IntegrationCode;
            settings["Autotask:DiscoveryUrl"] = simulator.BaseUrl.ToString();
        }

        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }

    public Task<SyncCycleResult> SyncAsync(SyncRequest? request = null) =>
        Services.GetRequiredService<SyncRunner>().RunOnceAsync(request, TestContext.Current.CancellationToken);

    /// <summary>Serves on a real loopback port (for the browser) and returns the base URL.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
