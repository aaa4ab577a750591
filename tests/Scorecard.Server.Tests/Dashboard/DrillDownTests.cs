using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>Any cell opens its formula and the records behind it; external text stays text.</summary>
public sealed class DrillDownTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    [Fact]
    public async Task A_cell_opens_its_formula_and_the_same_tickets_the_api_lists()
    {
        using var http = site.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>(
            "/api/v1/scorecards/roc/drilldown?metric=same_day_close_rate&period=2026-W46&page_size=25", TestContext.Current.CancellationToken);
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;

        await page.ClickAsync("tr[data-metric='same_day_close_rate'] td[data-week='46'] a");
        await page.WaitForURLAsync(u => u.Contains("/scorecard/drill", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Same-day close rate");
        var formula = page.Locator("#formula");
        Assert.Equal(api.GetProperty("numerator").GetDouble(), double.Parse((await formula.GetAttributeAsync("data-numerator"))!, CultureInfo.InvariantCulture));
        Assert.Equal(api.GetProperty("denominator").GetDouble(), double.Parse((await formula.GetAttributeAsync("data-denominator"))!, CultureInfo.InvariantCulture));
        Assert.Equal(api.GetProperty("total_records").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator("#drill-total").InnerTextAsync());

        // The grid's first page, in the service's order (created, oldest first), is the API's first page.
        await Expect(page.Locator("#records tr.rz-data-row")).ToHaveCountAsync(25);
        var shown = await page.Locator("#records tr.rz-data-row td:first-child").AllInnerTextsAsync();
        var expected = api.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("ticket_number").GetString()!).ToList();
        Assert.Equal(expected, shown.Select(s => s.Trim()).ToList());

        // Each ticket links into Autotask: the zone's web address and the ticket-detail command.
        var link = await page.Locator("#records a.ticket-link").First.GetAttributeAsync("href");
        var firstId = api.GetProperty("records")[0].GetProperty("id").GetInt64();
        Assert.Equal($"{site.Tenant.Simulator.BaseUrl.ToString().TrimEnd('/')}/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID={firstId}", link);
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task A_ticket_title_made_of_markup_is_shown_as_text()
    {
        const string Title = "<img src=x onerror=alert(1)>";
        using var simulator = new HttpClient { BaseAddress = site.Tenant.Simulator.BaseUrl };
        using var created = await simulator.PostAsJsonAsync("_simulator/tickets",
            new Dictionary<string, object> { ["title"] = Title, ["status"] = 1, ["priority"] = 2, ["companyID"] = 0, ["queueID"] = DashboardSite.RocQueue },
            TestContext.Current.CancellationToken);
        created.EnsureSuccessStatusCode();
        await site.SyncAndAnnounceAsync();
        using var http = site.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>(
            "/api/v1/scorecards/roc/drilldown?metric=tickets_opened&period=2026-W48&sort=id&desc=true&page_size=5", TestContext.Current.CancellationToken);
        Assert.Equal(Title, api.GetProperty("records")[0].GetProperty("title").GetString());

        var watched = await site.Browser.OpenAsync("/scorecard/drill?scorecard=roc&metric=tickets_opened&period=2026-W48", DashboardSite.Viewer);
        var page = watched.Page;
        var dialogs = 0;
        page.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await Expect(page.Locator("#records tr.rz-data-row").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(); // the live connection is up
        await page.FillAsync("#records-search", "onerror");
        await Expect(page.Locator("#records tr.rz-data-row")).ToHaveCountAsync(1);
        var title = page.Locator("#records .ticket-title").First;

        await Expect(title).ToHaveTextAsync(Title);
        Assert.Equal(0, await page.Locator("#records img").CountAsync());
        Assert.Equal(0, dialogs);
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }
}
