using Microsoft.Playwright;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>The scorecard page in a real headless Chromium, against a real loopback server.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    const string Chromium = "/usr/bin/chromium";
    readonly TestTenant tenant = new();
    ScorecardApp app = null!;
    Uri baseUrl = null!;

    public async ValueTask InitializeAsync()
    {
        await tenant.InitializeAsync();
        app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        baseUrl = app.StartOnLoopback();
        await app.SyncAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
        await tenant.DisposeAsync();
    }

    [Fact]
    public async Task The_scorecard_shows_13_weeks_of_four_measurables_coloured_against_their_goals()
    {
        var page = await OpenAsync("/scorecard");

        Assert.Equal("Scorecard: ROC", await page.TitleAsync()); // the seeded ROC scorecard is the default
        var rows = page.Locator("tr[data-metric]");
        Assert.Equal(4, await rows.CountAsync());
        Assert.Equal(["tickets_opened", "tickets_closed", "same_day_close_rate", "utilization"],
            await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.metric)"));
        Assert.Equal(13, await page.Locator("tr[data-metric='utilization'] td.cell").CountAsync());

        // The week in progress (48) is marked and never coloured; finished weeks are.
        var current = page.Locator("tr[data-metric='same_day_close_rate'] td.cell").Last;
        Assert.Equal("48", await current.GetAttributeAsync("data-week"));
        Assert.Equal("none", await current.GetAttributeAsync("data-status"));
        var statuses = await page.Locator("td.cell:not(.partial)").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.status)");
        Assert.All(statuses, s => Assert.Contains(s, new[] { "green", "yellow", "red" }));
        Assert.Equal("rgb(217, 242, 224)", await page.Locator("td.cell.green").First.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
    }

    [Fact]
    public async Task A_cell_shows_the_same_number_the_independent_count_gives()
    {
        var page = await OpenAsync("/scorecard.html");
        var expected = IndependentCount.For(tenant.Simulator.State.Tenant, 2026, 47, 29683479);

        var opened = await page.Locator("tr[data-metric='tickets_opened'] td[data-week='47']").InnerTextAsync();
        var rate = await page.Locator("tr[data-metric='same_day_close_rate'] td[data-week='47']").InnerTextAsync();

        Assert.Equal(expected.Opened.ToString(System.Globalization.CultureInfo.InvariantCulture), opened);
        Assert.Equal((expected.SameDayRate!.Value * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %", rate);
    }

    [Fact]
    public async Task Each_measurable_explains_its_definition_on_demand()
    {
        var page = await OpenAsync("/scorecard");
        var summary = page.Locator("tr[data-metric='same_day_close_rate'] summary");
        var definition = page.Locator("tr[data-metric='same_day_close_rate'] details p");

        Assert.False(await definition.IsVisibleAsync());
        await summary.ClickAsync();
        Assert.True(await definition.IsVisibleAsync());
        Assert.Contains("same local calendar day", await definition.InnerTextAsync(), StringComparison.Ordinal);
    }

    async Task<IPage> OpenAsync(string path)
    {
        if (!File.Exists(Chromium))
        {
            RequiredTools.SkipOrFail($"Chromium is not installed at {Chromium} (apt-get install chromium).");
        }

        playwright ??= await Playwright.CreateAsync();
        browser ??= await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {ScorecardApp.TestApiKey}" } });
        var response = await page.GotoAsync(new Uri(baseUrl, path).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    IPlaywright? playwright;
    IBrowser? browser;
}
