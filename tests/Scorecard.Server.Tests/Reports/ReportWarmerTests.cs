using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Reports;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Reports;

/// <summary>After new data arrives, each scorecard's grid is computed in the background, so the first viewer finds it ready.</summary>
public sealed class ReportWarmerTests : IAsyncLifetime
{
    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Fact]
    public async Task After_a_sync_the_grids_are_computed_before_anyone_asks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, extra: new Dictionary<string, string?> { ["Scorecard:Reports:WarmEvery"] = "00:00:05" });
        var client = app.CreateClient();
        Assert.True((await app.SyncAsync()).Succeeded);
        long synced;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext())
        {
            synced = (await DataVersion.ReadAsync(db, ct)).Version;
        }

        // Each check ends a round; the clock moves to the next check until one has warmed the synced data.
        var warmer = app.Services.GetRequiredService<ReportWarmer>();
        var warmed = -1L;
        for (var i = 0; i < 5 && warmed < synced; i++)
        {
            var round = warmer.NextRoundAsync();
            app.Clock.Advance(TimeSpan.FromSeconds(5));
            warmed = await round.WaitAsync(TimeSpan.FromSeconds(60), ct);
        }

        Assert.Equal(synced, warmed);
        var periods = app.Services.GetRequiredService<TicketPeriodCache>();
        var computed = periods.Computed;
        Assert.True(computed >= 2 * 14, $"only {computed} periods computed ahead"); // two scorecards × 13 weeks and a backlog
        var page = await client.GetAsync("/api/v1/scorecards/roc/grid", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(computed, periods.Computed); // the viewer's grid was ready
    }
}
