using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Auth;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>
/// The real server on a loopback port over the simulated tenant, synced once, with one account per role, and its
/// ticket webhook registered with the simulator (its public address is the loopback one), so changes in the simulator
/// arrive as Autotask would send them. Shared by a test class; tests that change data undo nothing, so they check
/// relative to what they see.
/// </summary>
public class DashboardSite : IAsyncLifetime
{
    /// <summary>An obviously fake password used by every test account.</summary>
    public const string Password = TestKeys.UserPassword;
    public const string Admin = "dana.admin";
    public const string Editor = "eddie.editor";
    public const string Viewer = "val.viewer";

    /// <summary>The ROC queue of the simulated tenant: the seeded ROC scorecard counts it.</summary>
    public const int RocQueue = 29683479;

    public TestTenant Tenant { get; } = new();

    public ScorecardApp App { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public DashboardBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Tenant.InitializeAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Scorecard:Events:PollInterval"] = "00:00:05",
            ["Scorecard:Events:HeartbeatInterval"] = "00:00:30",
        };
        foreach (var (k, v) in ExtraSettings)
        {
            settings[k] = v;
        }

        App = new ScorecardApp(Tenant.Simulator, Tenant.Clock, extra: settings);
        BaseUrl = App.StartOnLoopback();
        App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Scorecard:PublicUrl"] = BaseUrl.ToString();
        var result = await App.SyncAsync();
        Assert.True(result.Succeeded, string.Join("; ", result.Steps.Select(s => $"{s.Entity}: {s.Error}")));
        await App.CreateUserAsync(Admin, Password, Roles.Admin);
        await App.CreateUserAsync(Editor, Password, Roles.Editor);
        await App.CreateUserAsync(Viewer, Password, Roles.Viewer);
        Browser = new DashboardBrowser(BaseUrl);
    }

    /// <summary>Settings a site adds to the test server's (one turns the background sync on).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Syncs what changed in the simulator, then lets the events poll notice (its timer runs on the fake clock).</summary>
    public async Task SyncAndAnnounceAsync()
    {
        var result = await App.SyncAsync();
        Assert.True(result.Succeeded, string.Join("; ", result.Steps.Select(s => $"{s.Entity}: {s.Error}")));
        App.Clock.Advance(TimeSpan.FromSeconds(5));
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        await App.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
