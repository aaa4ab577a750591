using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Sync;
using Scorecard.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>A site whose background sync runs, so syncs asked for on the admin page go through the worker as on a real server.</summary>
public sealed class SyncingDashboardSite : DashboardSite
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?> { ["Scorecard:Sync:Enabled"] = "true" };
}

/// <summary>Admin → Sync shows what <c>GET /api/v1/sync</c> says and asks the worker for syncs; the pages say when Autotask turns us away.</summary>
public sealed class SyncAdminTests(SyncingDashboardSite site) : IClassFixture<SyncingDashboardSite>
{
    /// <summary>A sync cycle on this machine takes seconds; shared with other builds it can take longer.</summary>
    const float CycleTimeout = 90_000;

    [Fact]
    public async Task The_sync_panel_shows_each_entity_the_budget_and_the_webhook_and_syncs_now_through_the_worker()
    {
        // The fixture's cycle and the worker's start-up cycle are over: nothing but the clicks below runs a cycle.
        await site.Service<SyncRunner>().WhenCompleted(2).WaitAsync(TimeSpan.FromMilliseconds(CycleTimeout), TestContext.Current.CancellationToken);
        var watched = await site.Browser.OpenAsync("/admin/sync", DashboardSite.Admin);
        var page = watched.Page;
        await Expect(page.Locator("[data-interactive=true] #sync-state")).ToBeVisibleAsync();
        using var http = site.App.CreateClient();
        var status = await http.GetFromJsonAsync<JsonElement>("/api/v1/sync", TestContext.Current.CancellationToken);

        // What GET /api/v1/sync says: every entity, history complete, the budget, the webhook registered with the simulator.
        Assert.Equal(status.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("entity").GetString()), await page.Locator("#sync-state tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.entity)"));
        await Expect(page.Locator("tr[data-entity=Tickets] td.history")).ToContainTextAsync("complete back to");
        await Expect(page.Locator("#budget")).ToContainTextAsync("tenant threshold 10000 per hour");
        await Expect(page.Locator("#webhook")).ToContainTextAsync($"for {site.BaseUrl}api/autotask/webhooks/tickets");

        var cycles = site.Service<SyncRunner>().CyclesCompleted;
        await page.ClickAsync("#sync-now");
        await Expect(page.Locator("#sync-message")).ToContainTextAsync("Sync finished", new() { Timeout = CycleTimeout });
        Assert.True(site.Service<SyncRunner>().CyclesCompleted > cycles, "the worker ran the cycle");

        // A full reload of one entity: it starts that entity over and, finished, leaves exactly the tenant's rows.
        var row = page.Locator("tr[data-entity=Companies]");
        await row.Locator("button.reload").ClickAsync();
        await Expect(page.Locator("#sync-message")).ToContainTextAsync("Sync of Companies finished", new() { Timeout = CycleTimeout });
        var companies = site.Tenant.Simulator.State.Tenant.Companies.RowCount;
        await Expect(row.Locator("td.records")).ToHaveTextAsync(companies.ToString(CultureInfo.InvariantCulture));
        await using var db = await site.Service<IDbContextFactory<ScorecardDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Null((await db.SyncStates.SingleAsync(s => s.Entity == "Companies", TestContext.Current.CancellationToken)).FullLoadStartedUtc);
        Assert.Equal(companies, await db.Companies.CountAsync(TestContext.Current.CancellationToken));
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task When_autotask_refuses_the_credentials_the_pages_say_so_and_keep_the_numbers()
    {
        var options = site.Tenant.Simulator.Options;
        var secret = options.Secret;
        options.Secret = TestKeys.RevokedAutotaskSecret;
        try
        {
            site.App.Clock.Advance(TimeSpan.FromMinutes(2));
            Assert.Contains((await site.App.SyncAsync()).Steps, s => s.Entity == "Tickets" && s.Error is not null);

            var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
            var page = watched.Page;
            var freshness = page.Locator("#freshness.failing");
            await Expect(freshness).ToContainTextAsync("Autotask unreachable or sync failing: showing data synced 2 min ago");
            await Expect(freshness.Locator(".freshness-problem")).ToContainTextAsync("refused the credentials");
            var values = await page.Locator("tr[data-metric='tickets_opened'] td.cell .value").AllInnerTextsAsync();
            Assert.Equal(13, values.Count);
            Assert.All(values, v => Assert.Matches(@"^\d+$", v.Trim())); // the last good numbers, still there
            Assert.DoesNotContain(TestKeys.RevokedAutotaskSecret, await page.ContentAsync(), StringComparison.Ordinal);

            var admin = await site.Browser.OpenAsync("/admin/sync", DashboardSite.Admin);
            await Expect(admin.Page.Locator("tr[data-entity=Tickets] td.error-text")).ToContainTextAsync("refused the credentials (401)");
            await admin.CloseAsync();
            await watched.CloseAsync();
        }
        finally
        {
            options.Secret = secret;
            var runner = site.Service<SyncRunner>();
            var cycles = runner.CyclesCompleted;
            site.App.Clock.Advance(TimeSpan.FromMinutes(30)); // past the back-off, and the worker's interval: it syncs, and recovers
            await runner.WhenCompleted(cycles + 1).WaitAsync(TimeSpan.FromMilliseconds(CycleTimeout), TestContext.Current.CancellationToken);
            Assert.True((await site.App.SyncAsync()).Succeeded);
        }
    }
}
