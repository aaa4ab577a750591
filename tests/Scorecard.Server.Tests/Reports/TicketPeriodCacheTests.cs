using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Data;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Reports;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Reports;

/// <summary>
/// The engine keeps each period's ticket numbers until the sync records a ticket change that touches them. These
/// tests sync the demo tenant, look at the reports, change Autotask the ways people do (issue 7's mix, plus an old
/// open ticket moved to another queue, an old closed ticket reopened, a first response and an SLA outcome
/// changed), sync again, and compare every number with a computation from scratch; and they check that
/// what did not change is not computed again.
/// </summary>
public sealed class TicketPeriodCacheTests(PostgresServer postgres) : IAsyncLifetime
{
    // The demo tenant's ids; the third queue (in Service desk, not in ROC) holds open tickets older than the 13 weeks.
    const int Person = 29682885, ServiceDeskQueue = 29683480, RocQueue = 29683479, SalesSupportQueue = 29683485, StatusComplete = 5, StatusInProgress = 8;

    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task After_a_sync_every_number_equals_a_computation_from_scratch(string database)
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        var views = await ViewsAsync(app);
        var before = new List<string>();
        foreach (var (card, periods) in views)
        {
            before.Add(Describe(await Reports(app).ReportAsync(card, periods, TestContext.Current.CancellationToken)));
        }

        var cache = app.Services.GetRequiredService<TicketPeriodCache>();
        Assert.True(cache.Summarized > 0, "no week came from the weekly ticket summary, so the comparisons below say nothing about it");
        var reusedBefore = cache.Reused;
        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        var spanStart = views[0].Periods[0].StartUtc;
        TenantEdits.Apply(tenant.Simulator, seed: 5);
        EditOldTickets(tenant.Simulator.State, spanStart);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);

        var changed = 0;
        for (var i = 0; i < views.Count; i++)
        {
            var (card, periods) = views[i];
            var cached = Describe(await Reports(app).ReportAsync(card, periods, TestContext.Current.CancellationToken));
            var scratch = Describe(await FromScratch(app).ReportAsync(card, periods, TestContext.Current.CancellationToken));
            Assert.Equal(scratch, cached);
            changed += cached == before[i] ? 0 : 1;
        }

        Assert.True(changed > 0, "the edits changed no report, so the test proves nothing");
        Assert.True(cache.Reused > reusedBefore, "no period was reused after the sync");
    }

    [Fact]
    public async Task Closing_an_old_ticket_computes_only_this_week_again_and_a_new_title_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        Assert.True((await app.SyncAsync()).Succeeded);
        var (card, weeks) = (await ViewsAsync(app))[0];
        var cache = app.Services.GetRequiredService<TicketPeriodCache>();
        await Reports(app).ReportAsync(card, weeks, ct);
        Assert.Equal(14, cache.Computed); // 13 weeks and the backlog at their start

        var old = tenant.Simulator.State.Tenant.Tickets.Snapshot()
            .Where(t => t.CompletedDate is null && t.QueueId == SalesSupportQueue && t.CreateDate < weeks[0].StartUtc).Take(2).ToList();
        Assert.Equal(2, old.Count);
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        tenant.Simulator.State.Changes.UpdateTicket(old[0].Id, t => t.Title += " (retitled)", Person);
        Assert.True((await app.SyncAsync()).Succeeded);
        var retitled = await Reports(app).ReportAsync(card, weeks, ct);
        Assert.Equal(14, cache.Computed);

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        tenant.Simulator.State.Changes.UpdateTicket(old[1].Id, t => t.Status = StatusComplete, Person);
        Assert.True((await app.SyncAsync()).Succeeded);
        var closed = await Reports(app).ReportAsync(card, weeks, ct);
        Assert.Equal(15, cache.Computed); // this week only: the backlog 13 weeks ago still holds
        Assert.True(closed.DataVersion > retitled.DataVersion);
        Assert.Equal(retitled.Row("tickets_closed").Cells[^1].Value + 1, closed.Row("tickets_closed").Cells[^1].Value);
        Assert.Equal(Describe(await FromScratch(app).ReportAsync(card, weeks, ct)), Describe(closed));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task After_a_restart_the_stored_periods_are_reused_and_only_what_changed_since_is_computed(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);
        var views = await ViewsAsync(app);
        foreach (var (card, periods) in views)
        {
            await Reports(app).ReportAsync(card, periods, ct);
        }

        await app.Services.GetRequiredService<TicketPeriodStore>().FlushAsync(ct);

        // A new process on the same database: nothing in memory, the stored periods in the table.
        var (restarted, restartedCache) = Restarted(app);
        foreach (var (card, periods) in views)
        {
            Assert.Equal(Describe(await FromScratch(app).ReportAsync(card, periods, ct)), Describe(await restarted.ReportAsync(card, periods, ct)));
        }

        Assert.Equal(0, restartedCache.Computed);
        Assert.True(restartedCache.Reused > 0);

        // Autotask changes, the first instance syncs; the restarted one computes the touched periods only.
        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        TenantEdits.Apply(tenant.Simulator, seed: 7);
        EditOldTickets(tenant.Simulator.State, views[0].Periods[0].StartUtc);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);
        var reused = restartedCache.Reused;
        foreach (var (card, periods) in views)
        {
            Assert.Equal(Describe(await FromScratch(app).ReportAsync(card, periods, ct)), Describe(await restarted.ReportAsync(card, periods, ct)));
        }

        Assert.True(restartedCache.Computed > 0, "the edits touched no stored period, so the test proves nothing");
        Assert.True(restartedCache.Reused > reused, "no stored period was reused after the sync");
    }

    /// <summary>Changes that move the backlog at the grid's start, and a first response and SLA outcome inside it.</summary>
    static void EditOldTickets(global::Autotask.Simulator.SimulatorState state, DateTime spanStart)
    {
        var tickets = state.Tenant.Tickets.Snapshot();
        var openOld = tickets.First(t => t.CompletedDate is null && t.QueueId == SalesSupportQueue && t.CreateDate < spanStart);
        state.Changes.UpdateTicket(openOld.Id, t => t.QueueId = RocQueue, Person);
        var closedOld = tickets.First(t => t.CompletedDate < spanStart && t.QueueId == ServiceDeskQueue);
        state.Changes.UpdateTicket(closedOld.Id, t => t.Status = StatusInProgress, Person);
        var answered = tickets.First(t => t.FirstResponseDateTime is not null && t.CreateDate > spanStart.AddDays(30) && t.QueueId == ServiceDeskQueue);
        state.Changes.UpdateTicket(answered.Id, t => t.FirstResponseDateTime = t.FirstResponseDateTime!.Value.AddHours(5), Person);
        var withSla = tickets.First(t => t.ServiceLevelAgreementHasBeenMet is not null && t.CompletedDate > spanStart.AddDays(20) && t.QueueId == ServiceDeskQueue);
        state.Changes.UpdateTicket(withSla.Id, t => t.ServiceLevelAgreementHasBeenMet = !t.ServiceLevelAgreementHasBeenMet, Person);
    }

    /// <summary>Both seeded scorecards over 13 weeks, this quarter's weeks, and the quarter as one period.</summary>
    static async Task<List<(ScorecardDefinition Card, IReadOnlyList<Period> Periods)>> ViewsAsync(ScorecardApp app)
    {
        var cards = await app.Services.GetRequiredService<ScorecardStore>().ListAsync(TestContext.Current.CancellationToken);
        var calendar = Reports(app).Calendar;
        var thisWeek = calendar.WeekContaining(TestTenant.Now);
        var quarter = calendar.QuarterContaining(calendar.LocalDate(TestTenant.Now.UtcDateTime));
        var views = new List<(ScorecardDefinition, IReadOnlyList<Period>)>();
        foreach (var slug in new[] { "service-desk", "roc" })
        {
            var card = cards.Single(c => c.Slug == slug);
            views.Add((card, calendar.WeeksEndingAt(thisWeek, 13)));
            views.Add((card, calendar.QuarterWeeks(quarter.Start.Year, 4)));
            views.Add((card, [quarter]));
        }

        return views;
    }

    static ReportService Reports(ScorecardApp app) => app.Services.GetRequiredService<ReportService>();

    /// <summary>A report service with nothing cached at all, on the same database.</summary>
    static ReportService FromScratch(ScorecardApp app) => new(app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>(),
        Reports(app).Calendar, app.Services.GetRequiredService<Capacity>(), app.Clock, new ReportCache(), new TicketPeriodCache(app.Clock),
        new Scorecard.Server.Caching.CurrentDataVersion(app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>()));

    /// <summary>A report service as a restarted process has it: nothing in memory, the periods stored in the database.</summary>
    static (ReportService Service, TicketPeriodCache Cache) Restarted(ScorecardApp app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>();
        var cache = new TicketPeriodCache(app.Clock, new TicketPeriodStore(factory, app.Clock, NullLogger<TicketPeriodStore>.Instance));
        return (new ReportService(factory, Reports(app).Calendar, app.Services.GetRequiredService<Capacity>(), app.Clock, new ReportCache(), cache,
            new Scorecard.Server.Caching.CurrentDataVersion(factory)), cache);
    }

    /// <summary>Every period's totals, with sums of hours compared to nine significant digits (their order of addition may differ).</summary>
    static string Describe(Report report) => string.Join("\n", report.Columns.Select(c => string.Create(CultureInfo.InvariantCulture,
        $"{c.Period.Key}: opened {c.Totals.Opened} same-day {c.Totals.ClosedSameDay} fr {c.Totals.FirstResponses}/{c.Totals.FirstResponseMedianMinutes:G9} " +
        $"closed {c.Totals.Closed} res {c.Totals.ResolutionHoursSum:G9}/{c.Totals.ResolutionMedianHours:G9} sla {c.Totals.SlaMet}/{c.Totals.ClosedWithSla} " +
        $"backlog {c.Totals.OpenBacklog} aged {c.Totals.AgedBacklog} hours {c.Totals.TotalHours}/{c.Totals.BillableHours} techs {c.Totals.Technicians}")));
}
