using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Reports;

/// <summary>A cached report is never served once a sync has changed the data under it.</summary>
public sealed class CacheFreshnessTests : IAsyncLifetime
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    readonly TestTenant tenant = new();
    ScorecardApp app = null!;

    public async ValueTask InitializeAsync()
    {
        await tenant.InitializeAsync();
        app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await tenant.DisposeAsync();
    }

    [Fact]
    public async Task A_ticket_closed_in_Autotask_shows_in_the_weekly_numbers_after_the_next_sync()
    {
        using var http = app.CreateClient();
        var before = await ClosedThisWeekAsync(http);
        Assert.Equal(before, await ClosedThisWeekAsync(http)); // served from the cache: nothing changed

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = tenant.Clock.GetUtcNow().UtcDateTime;
        var open = tenant.Simulator.State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null && t.QueueId == 29683479);
        tenant.Simulator.State.Tenant.Tickets.Mutate(_ =>
        {
            open.Status = 5;
            open.CompletedDate = now;
            open.LastActivityDate = now;
            return 0;
        });
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await app.SyncAsync()).Succeeded);

        Assert.Equal(before + 1, await ClosedThisWeekAsync(http));
    }

    static async Task<int> ClosedThisWeekAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?queue=ROC", Ct)).GetProperty("metrics").GetProperty("tickets_closed").GetInt32();
}
