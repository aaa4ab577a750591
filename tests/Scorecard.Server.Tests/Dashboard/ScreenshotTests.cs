using Microsoft.Playwright;
using Scorecard.Server.Auth.ApiKeys;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>
/// Every page at desktop (1440×900), phone (390×844) and wallboard (1920×1080) sizes, written to
/// artifacts/screenshots/ for a person to look at; each page without console errors or CSP violations.
/// </summary>
public sealed class ScreenshotTests(SyncingDashboardSite site) : IClassFixture<SyncingDashboardSite> // the sync panel as a running server shows it
{
    public static TheoryData<string> Sizes => ["desktop", "phone", "wallboard"];

    static (ViewportSize Size, bool Mobile) SizeOf(string name) => name switch
    {
        "phone" => (DashboardBrowser.Phone, true),
        "wallboard" => (DashboardBrowser.Wallboard, false),
        _ => (DashboardBrowser.Desktop, false),
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_page_renders_cleanly_at_each_size(string size)
    {
        var (viewport, mobile) = SizeOf(size);
        var pages = new (string Name, string Path, string? User, string Ready)[]
        {
            ("scorecard", "/scorecard", DashboardSite.Admin, "#scorecard"),
            ("scorecard-quarter", "/scorecard?scorecard=service-desk&quarter=2026-Q3", DashboardSite.Admin, "#scorecard"),
            ("drilldown", "/scorecard/drill?scorecard=roc&metric=tickets_closed&period=2026-W47", DashboardSite.Admin, "[data-interactive=true]"),
            ("drilldown-time", "/scorecard/drill?scorecard=roc&metric=utilization&period=2026-W47", DashboardSite.Admin, "[data-interactive=true]"),
            ("trends", "/trends", DashboardSite.Admin, "#trends[data-interactive=true] svg"),
            ("technicians", "/technicians?week=2026-W47", DashboardSite.Admin, "#technicians"),
            ("admin-scorecards", "/admin", DashboardSite.Admin, "[data-interactive=true] #measurables"),
            ("admin-users", "/admin/users", DashboardSite.Admin, "[data-interactive=true] #users"),
            ("admin-keys", "/admin/keys", DashboardSite.Admin, "[data-interactive=true] #keys"),
            ("admin-sync", "/admin/sync", DashboardSite.Admin, "[data-interactive=true] #sync-state"),
        };
        foreach (var (name, path, user, ready) in pages)
        {
            var watched = await site.Browser.OpenAsync(path, user, viewport, mobile);
            await Expect(watched.Page.Locator(ready).First).ToBeVisibleAsync();
            await watched.ScreenshotAsync($"{name}-{size}");
            Assert.True(watched.Problems.Count == 0, $"{name}: {string.Join(Environment.NewLine, watched.Problems)}");
            await watched.CloseAsync();
        }

        foreach (var (name, path) in new[] { ("signin", "/signin"), ("setup", "/setup?token=not-a-valid-token") })
        {
            var watched = await site.Browser.OpenAsync(path, null, viewport, mobile);
            await Expect(watched.Page.Locator("main h1")).ToBeVisibleAsync();
            await watched.ScreenshotAsync($"{name}-{size}");
            await watched.CloseAsync();
        }

        var key = await site.Service<ApiKeyStore>().CreateAsync($"Screenshot TV {size}", Scorecard.Server.Auth.Roles.Viewer, "test", TestContext.Current.CancellationToken);
        var context = await site.Browser.NewContextAsync(viewport, mobile);
        var wall = new WatchedPage(await context.NewPageAsync());
        await wall.Page.GotoAsync(site.Browser.Url($"/wallboard/connect#key={Uri.EscapeDataString(key.Key)}&scorecards=roc,service-desk"));
        await Expect(wall.Page.Locator(".wallboard section.board.active #scorecard")).ToBeVisibleAsync();
        await wall.ScreenshotAsync($"wallboard-{size}");
        wall.AssertNoProblems();
        await context.CloseAsync();
    }
}
