using System.Globalization;
using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>Pages follow new data without a reload; an editor's goal change recolours the grid; the keyboard reaches everything.</summary>
public sealed class LiveAndEditTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    /// <summary>Served by the ticket webhook: no sync cycle runs; the webhook's refresh bumps the data version, which the events stream announces.</summary>
    [Fact]
    public async Task A_ticket_created_in_autotask_appears_on_an_open_page_without_a_reload()
    {
        var runner = site.Service<Scorecard.Server.Sync.SyncRunner>();
        var refreshes = site.Service<Scorecard.Server.Sync.Webhooks.TicketRefreshQueue>();
        var cycles = runner.CyclesCompleted;
        var refreshed = refreshes.Finished;
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;
        var log = new List<string>();
        page.Console += (_, m) => log.Add(m.Type + ": " + m.Text);
        page.FrameNavigated += (_, f) => log.Add("navigated " + f.Url);
        var cell = page.Locator("tr[data-metric='tickets_opened'] td[data-week='48'] .value");
        var before = int.Parse(await cell.InnerTextAsync(), CultureInfo.InvariantCulture);
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        await Expect(page.Locator("html[data-live=connected]")).ToHaveCountAsync(1); // listening to the server's events

        using var simulator = new HttpClient { BaseAddress = site.Tenant.Simulator.BaseUrl };
        using var created = await simulator.PostAsJsonAsync("_simulator/tickets?personId=29682885", // a technician, not the API user
            new Dictionary<string, object> { ["title"] = "Printer on fire", ["status"] = 1, ["priority"] = 2, ["companyID"] = 0, ["queueID"] = DashboardSite.RocQueue },
            TestContext.Current.CancellationToken);
        created.EnsureSuccessStatusCode();
        await refreshes.WhenFinished(refreshed + 1).WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken); // the webhook came and was read
        site.App.Clock.Advance(TimeSpan.FromSeconds(5)); // the events stream's next look at the data version (its timer runs on the fake clock)

        await Expect(cell).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page was reloaded: " + string.Join("\n", log));
        Assert.Equal(cycles, runner.CyclesCompleted); // no sync cycle brought it
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    /// <summary>
    /// A page rendered while the reports for new data were still computing shows the previous numbers under a freshness
    /// line that names the new version (here: the grid's version set back, as such a page has it). It asks again.
    /// </summary>
    [Fact]
    public async Task A_page_whose_numbers_are_older_than_the_data_asks_again_at_the_next_heartbeat()
    {
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;
        await Expect(page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);
        var version = await page.Locator("#freshness").GetAttributeAsync("data-version");
        var grid = page.Locator("#scorecard");
        await Expect(grid).ToHaveAttributeAsync("data-version", version!);
        await page.EvaluateAsync("() => { const g = document.getElementById('scorecard'); g.dataset.version = String(Number(g.dataset.version) - 1); }");
        Assert.NotEqual(version, await grid.GetAttributeAsync("data-version"));

        site.App.Clock.Advance(TimeSpan.FromSeconds(30)); // the events stream's heartbeat (its timer runs on the fake clock)

        await Expect(grid).ToHaveAttributeAsync("data-version", version!);
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task An_editor_raising_a_goal_turns_the_cells_red()
    {
        var scorecard = await site.Browser.OpenAsync("/scorecard?scorecard=service-desk", DashboardSite.Editor);
        var closed = scorecard.Page.Locator("tr[data-metric='tickets_closed'] td.cell:not(.partial)");
        Assert.Contains("green", await closed.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.status)"));

        var admin = await site.Browser.OpenAsync("/admin", DashboardSite.Editor);
        var page = admin.Page;
        await Expect(page.Locator("[data-interactive=true] #measurables")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#edit-scorecard", new Microsoft.Playwright.SelectOptionValue { Label = "Service desk" });
        await Expect(page.Locator("#scorecard-name")).ToHaveValueAsync("Service desk");
        await page.FillAsync("tr[data-metric='tickets_closed'] .goal-input", "100000");
        await page.ClickAsync("#save-scorecard");
        await Expect(page.Locator("#editor-saved")).ToContainTextAsync("Saved Service desk");

        // The open scorecard page shows the new goal and colours (definition edits are announced like data).
        await scorecard.Page.ReloadAsync();
        await Expect(scorecard.Page.Locator("tr[data-metric='tickets_closed'] td.goal")).ToHaveTextAsync("≥ 100000");
        var statuses = await closed.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.status)");
        Assert.Equal(12, statuses.Length);
        Assert.All(statuses, s => Assert.Equal("red", s));
        admin.AssertNoProblems();
        scorecard.AssertNoProblems();
        await admin.CloseAsync();
        await scorecard.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_cannot_open_the_admin_pages()
    {
        var watched = await site.Browser.OpenAsync("/admin/users", DashboardSite.Viewer);
        await Expect(watched.Page.Locator("main h1")).ToHaveTextAsync("No access");
        await watched.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_every_control_of_the_scorecard()
    {
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;
        const string Controls = "a[href], button, select, input:not([type=hidden]), [tabindex='0']";
        var all = await page.Locator(Controls).EvaluateAllAsync<string[]>(
            "es => es.filter(e => e.getClientRects().length > 0 || e.classList.contains('skip-link')).map((e, i) => { e.dataset.k = i; return String(i); })");
        Assert.True(all.Length > 60, $"only {all.Length} controls found");

        var reached = new HashSet<string>();
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < all.Length + 10 && reached.Count < all.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.k ?? null") is { } k)
            {
                reached.Add(k);
            }
        }

        var missed = all.Except(reached).ToList();
        var described = await page.EvaluateAsync<string[]>("ks => ks.map(k => document.querySelector(`[data-k='${k}']`).outerHTML.slice(0, 120))", missed);
        Assert.True(missed.Count == 0, "not reached by Tab: " + string.Join(Environment.NewLine, described));

        // Enter on a focused cell opens its records.
        await page.Locator("tr[data-metric='tickets_opened'] td[data-week='46'] a").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tickets opened");
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }
}
