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
/// and the database is a fresh SQLite file (or the PostgreSQL database given). Its clients send
/// the admin API key registered through SCORECARD_API_KEY, unless made with <see cref="CreateAnonymousClient"/>.
/// </summary>
public sealed class ScorecardApp : WebApplicationFactory<Program>
{
    /// <summary>An obviously fake key, registered as the environment key (admin) of every test server.</summary>
    public const string TestApiKey = TestKeys.Admin;

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
            ["Scorecard:Reports:WarmEvery"] = "00:00:00", // nothing computed behind a test's back (ReportWarmerTests turn it on)
            ["SCORECARD_API_KEY"] = TestApiKey,
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

    /// <summary>The test's fake clock; an app made on the real clock (a running-server test) has none.</summary>
    public FakeTimeProvider Clock => clock as FakeTimeProvider ?? throw new InvalidOperationException("This app runs on the real clock.");

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestApiKey);
    }

    /// <summary>A client with no credentials at all; cookies are kept, and redirects are not followed, so a test sees them.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client that sends this bearer key instead of the test's admin key.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
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
