using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>The scorecard page in a real headless Chromium, against a real loopback server over the simulator.</summary>
public sealed class DashboardTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    [Fact]
    public async Task The_scorecard_shows_13_weeks_of_four_measurables_coloured_against_their_goals()
    {
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;

        Assert.Equal("Scorecard: ROC", await page.TitleAsync()); // the seeded ROC scorecard is the default
        var rows = page.Locator("tr[data-metric]");
        Assert.Equal(["tickets_opened", "tickets_closed", "same_day_close_rate", "utilization"],
            await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.metric)"));
        Assert.Equal(13, await page.Locator("tr[data-metric='utilization'] td.cell").CountAsync());

        // The week in progress (48) is the newest, on the right, marked and never coloured; finished weeks are.
        var current = page.Locator("tr[data-metric='same_day_close_rate'] td.cell").Last;
        Assert.Equal("48", await current.GetAttributeAsync("data-week"));
        Assert.Equal("none", await current.GetAttributeAsync("data-status"));
        Assert.Contains("in progress", await page.Locator("th.week.partial").InnerTextAsync(), StringComparison.Ordinal);
        var statuses = await page.Locator("td.cell:not(.partial)").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.status)");
        Assert.Equal(4 * 12, statuses.Length);
        Assert.All(statuses, s => Assert.Contains(s, new[] { "green", "yellow", "red" }));

        // Each colour comes with a symbol, so it reads without colour too.
        var green = page.Locator("td.cell.green").First;
        Assert.Equal("rgb(215, 242, 223)", await green.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
        Assert.Equal("✓", await green.Locator(".symbol").InnerTextAsync());
        await watched.ScreenshotAsync("scorecard-desktop");
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task A_cell_shows_the_same_number_the_independent_count_gives()
    {
        var watched = await site.Browser.OpenAsync("/scorecard.html", DashboardSite.Viewer);
        var expected = IndependentCount.For(site.Tenant.Simulator.State.Tenant, 2026, 47, DashboardSite.RocQueue);

        var opened = await watched.Page.Locator("tr[data-metric='tickets_opened'] td[data-week='47'] .value").InnerTextAsync();
        var rate = await watched.Page.Locator("tr[data-metric='same_day_close_rate'] td[data-week='47'] .value").InnerTextAsync();

        Assert.Equal(expected.Opened.ToString(CultureInfo.InvariantCulture), opened);
        Assert.Equal((expected.SameDayRate!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %", rate);
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task The_quarter_average_and_total_are_the_apis()
    {
        using var http = site.App.CreateClient();
        var quarter = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/quarter", TestContext.Current.CancellationToken);
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);

        Assert.Equal("Q4 2026 avg", await watched.Page.Locator("thead th.qavg").EvaluateAsync<string>("th => [...th.children].map(s => s.textContent).join(' ')"));
        foreach (var metric in quarter.GetProperty("metrics").EnumerateArray().Where(m => m.GetProperty("is_measurable").GetBoolean()))
        {
            var id = metric.GetProperty("id").GetString();
            var row = watched.Page.Locator($"tr[data-metric='{id}']");
            var shown = await row.Locator("td.qavg").GetAttributeAsync("data-value");
            Assert.Equal(metric.GetProperty("average").GetDouble(), double.Parse(shown!, CultureInfo.InvariantCulture), 9);
            if (metric.GetProperty("total").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(metric.GetProperty("total").GetDouble(), double.Parse((await row.Locator("td.qtotal").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), 9);
            }
        }

        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task Each_measurable_explains_its_definition_on_hover_and_on_focus()
    {
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;
        var name = page.Locator("tr[data-metric='same_day_close_rate'] .metric-name");
        var definition = page.Locator("#def-same_day_close_rate");

        Assert.False(await definition.IsVisibleAsync());
        await name.HoverAsync();
        Assert.True(await definition.IsVisibleAsync());
        Assert.Contains("same local calendar day", await definition.InnerTextAsync(), StringComparison.Ordinal);

        await page.Mouse.MoveAsync(0, 0);
        Assert.False(await definition.IsVisibleAsync());
        await name.FocusAsync();
        Assert.True(await definition.IsVisibleAsync());
        Assert.Equal("def-same_day_close_rate", await name.GetAttributeAsync("aria-describedby"));
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task Past_weeks_and_quarters_can_be_chosen()
    {
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;

        await page.ClickAsync("a[rel=prev]");
        await page.WaitForURLAsync(u => u.Contains("week=2026-W47", StringComparison.Ordinal));
        // Enhanced navigation patches the page after the address changes: wait for the grid itself.
        await Expect(page.Locator("tr[data-metric='tickets_opened'] td.cell").Last).ToHaveAttributeAsync("data-week", "47");
        Assert.Equal(0, await page.Locator("td.cell.partial").CountAsync());

        await page.ClickAsync("a.chip:has-text('Q3 2026')");
        await page.WaitForURLAsync(u => u.Contains("quarter=2026-Q3", StringComparison.Ordinal));
        await Expect(page.Locator("thead th.qavg")).ToContainTextAsync("Q3 2026");
        var weeks = await page.Locator("tr[data-metric='tickets_opened'] td.cell").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.week)");
        Assert.Equal(Enumerable.Range(28, 13).Select(w => w.ToString(CultureInfo.InvariantCulture)), weeks); // the 13 Mondays of Q3 2026 (July 1 is a Wednesday)
        Assert.Equal("Q3 2026 avg", await page.Locator("thead th.qavg").EvaluateAsync<string>("th => [...th.children].map(s => s.textContent).join(' ')"));
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }
}
