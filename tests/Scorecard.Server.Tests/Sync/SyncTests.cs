using Autotask.Simulator.Tenant.Records;
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

    int Posts(string entity) => tenant.Simulator.State.Requests.Snapshot()
        .Where(r => r.Entity == entity && r.Method == "POST").Sum(r => r.Count);

    [Fact]
    public async Task The_first_sync_reads_each_entity_in_the_fewest_pages_and_stores_it_all()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();

        var t = tenant.Simulator.State.Tenant;
        Assert.Equal((int)Math.Ceiling(t.Tickets.RowCount / 500.0), Posts("Tickets"));
        Assert.Equal((int)Math.Ceiling(t.TimeEntries.RowCount / 500.0), Posts("TimeEntries"));
        await using var db = Db(app);
        Assert.Equal(t.Tickets.RowCount, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(t.TimeEntries.RowCount, await db.TimeEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_idle_cycle_costs_one_call_per_entity()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();
        tenant.Simulator.State.Requests.Clear();

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.SyncAsync();

        Assert.Equal(1, tenant.Simulator.State.Requests.For("Tickets"));
        Assert.Equal(1, tenant.Simulator.State.Requests.For("TimeEntries"));
        Assert.Equal(2, tenant.Simulator.State.Requests.Total);
    }

    [Fact]
    public async Task Changes_made_in_Autotask_arrive_on_the_next_cycle()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        await app.SyncAsync();
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = tenant.Clock.GetUtcNow().UtcDateTime;
        var data = tenant.Simulator.State.Tenant;
        var open = data.Tickets.Snapshot().First(t => t.CompletedDate is null && t.QueueId == 29683479);
        data.Tickets.Mutate(_ =>
        {
            open.Status = 5;
            open.CompletedDate = now;
            open.LastActivityDate = now;
            return 0;
        });
        var late = new SimTimeEntry
        {
            Id = data.TimeEntries.Snapshot()[^1].Id + 1, ResourceId = 29682885, RoleId = 29682833, TicketId = (int)open.Id,
            TimeEntryType = 2, DateWorked = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), HoursWorked = 1.75m,
            CreateDateTime = now, LastModifiedDateTime = now,
        };
        data.TimeEntries.Append(late);

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.SyncAsync();

        await using var db = Db(app);
        var row = await db.Tickets.SingleAsync(t => t.Id == open.Id, TestContext.Current.CancellationToken);
        Assert.Equal(5, row.Status);
        Assert.Equal(now, row.CompletedDate!.Value, TimeSpan.FromMilliseconds(1));
        var entry = await db.TimeEntries.SingleAsync(e => e.Id == late.Id, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 11, 20), entry.DateWorked);
        Assert.Equal(1.75m, entry.HoursWorked);
    }

    [Fact]
    public async Task A_full_load_cut_off_by_the_request_threshold_resumes_where_it_stopped()
    {
        tenant.Simulator.State.Budget.Threshold = 4; // picklists take 2 calls; tickets get 2 pages, then 429
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        var first = await app.SyncAsync();
        Assert.False(first.Succeeded);
        var ticketsAfterFailure = Posts("Tickets");

        tenant.Simulator.State.Budget.Threshold = 10_000;
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await app.SyncAsync();

        Assert.True(second.Succeeded);
        var total = tenant.Simulator.State.Tenant.Tickets.RowCount;
        // The resumed load re-reads nothing: the refused call is the only extra one.
        Assert.Equal((int)Math.Ceiling(total / 500.0) + 1, Posts("Tickets"));
        Assert.True(ticketsAfterFailure >= 2);
        await using var db = Db(app);
        Assert.Equal(total, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
    }

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
