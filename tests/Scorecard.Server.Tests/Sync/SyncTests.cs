using Autotask.Simulator.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>Each test gets its own tenant and database, since these tests change both.</summary>
public sealed class SyncTests : IAsyncLifetime
{
    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    int Queries(string entity) => tenant.Simulator.State.Requests.Snapshot()
        .Where(r => r.Entity == entity && r.Method == "POST").Sum(r => r.Count);

    [Fact]
    public async Task The_first_sync_mirrors_every_entity_field_by_field()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        var result = await app.SyncAsync();

        Assert.True(result.Succeeded, string.Join("; ", result.Steps.Where(s => s.Error is not null).Select(s => $"{s.Entity}: {s.Error}")));
        await using var db = Db(app);
        var counts = await MirrorDiff.CountsAsync(db, TestContext.Current.CancellationToken);
        Assert.All(counts, c => Assert.True(c.Value > 0, $"{c.Key} is empty"));
        Assert.Empty(await MirrorDiff.CompareAsync(tenant.Simulator.State.Tenant, db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_first_sync_reads_each_entity_within_a_page_per_500_records_plus_its_windows()
    {
        // History from 2026-08-01: the recent window is the 13 weeks from 2026-08-26 (longer than the quarter so far),
        // then one window [08-01, 08-26); tickets also read the open ones older than the recent window.
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, extra: new Dictionary<string, string?> { ["Scorecard:Sync:HistoryStart"] = "2026-08-01" });
        await app.SyncAsync();

        var t = tenant.Simulator.State.Tenant;
        const int windows = 2;
        foreach (var (entity, records, extra) in new[]
        {
            ("Tickets", t.Tickets.RowCount, 2 + windows), ("TimeEntries", t.TimeEntries.RowCount, 2 + windows),
            ("Resources", t.Resources.RowCount, 2), ("Companies", t.Companies.RowCount, 2), ("Contacts", t.Contacts.RowCount, 2),
            ("Contracts", t.Contracts.RowCount, 2), ("Projects", t.Projects.RowCount, 2), ("Tasks", t.Tasks.RowCount, 2),
            ("ServiceLevelAgreementResults", t.SlaResults.RowCount, 2), ("Roles", t.Roles.RowCount, 2),
        })
        {
            var calls = Queries(entity) + tenant.Simulator.State.Requests.Snapshot().Where(r => r.Entity == entity && r.Method == "GET").Sum(r => r.Count);
            Assert.True(calls <= Math.Ceiling(records / 500.0) + extra, $"{entity}: {calls} calls for {records} records");
        }
    }

    [Fact]
    public async Task An_idle_cycle_costs_at_most_one_call_per_entity_and_deletion_log()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();
        tenant.Simulator.State.Requests.Clear();

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var idle = await app.SyncAsync();

        Assert.True(idle.Succeeded);
        var byEntity = tenant.Simulator.State.Requests.Snapshot().GroupBy(r => r.Entity).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Assert.Contains("Tickets", byEntity.Keys);
        Assert.All(byEntity, e => Assert.True(e.Value <= 1, $"{e.Key}: {e.Value} calls"));
        Assert.Contains("DeletedTicketLogs", byEntity.Keys);
        Assert.Contains("DeletedTaskActivityLogs", byEntity.Keys);
    }

    [Fact]
    public async Task A_reconciliation_costs_a_call_per_500_ids_compared()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();
        tenant.Simulator.State.Requests.Clear();

        var result = await app.SyncAsync(new Scorecard.Server.Sync.SyncRequest("Reconciliation"));

        Assert.True(result.Succeeded);
        var t = tenant.Simulator.State.Tenant;
        var from = new DateTime(2026, 11, 25).AddDays(-90);
        var regular = t.TimeEntries.Snapshot().Count(e => e.TicketId is null && e.TaskId is null && e.DateWorked >= from);
        Assert.True(regular > 500);
        Assert.Equal((int)Math.Ceiling(regular / 500.0), tenant.Simulator.State.Requests.For("TimeEntries"));
        Assert.Equal((int)Math.Ceiling(t.Contacts.RowCount / 500.0), tenant.Simulator.State.Requests.For("Contacts"));
        Assert.Equal((int)Math.Ceiling(t.Tasks.RowCount / 500.0), tenant.Simulator.State.Requests.For("Tasks"));
    }

    [Fact]
    public async Task A_load_cut_off_by_the_hourly_threshold_resumes_where_it_stopped()
    {
        // The third ticket page is refused as over the threshold, with an hour to wait: too long to wait inside a call.
        var refusal = tenant.Simulator.State.Faults.Add(new FaultRule
        {
            Entity = "Tickets", QueriesOnly = true, Skip = 2, Count = null,
            Action = FaultAction.Throttle(TimeSpan.FromHours(1)),
        });
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        var first = await app.SyncAsync();
        Assert.Contains(first.Steps, s => s.Entity == "Tickets" && s.Error is not null);
        await using (var db = Db(app))
        {
            Assert.Equal(1000, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
        }

        tenant.Simulator.State.Faults.Remove(refusal.Id);
        tenant.Clock.Advance(TimeSpan.FromMinutes(61));
        var second = await app.SyncAsync();

        Assert.True(second.Succeeded, string.Join("; ", second.Steps.Select(s => s.Error)));
        await using var after = Db(app);
        Assert.Empty(await MirrorDiff.CompareAsync(tenant.Simulator.State.Tenant, after, TestContext.Current.CancellationToken));
    }

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
