using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Storage;

/// <summary>The same slice on a real PostgreSQL: migrations, sync, and numbers equal to the independent count.</summary>
public sealed class PostgresStorageTests(PostgresServer postgres) : IAsyncLifetime
{
    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Fact]
    public async Task Sync_and_weekly_numbers_on_PostgreSQL_match_the_independent_count()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, connectionString);
        using var http = app.CreateClient();
        var result = await app.SyncAsync();
        Assert.True(result.Succeeded, string.Join("; ", result.Steps.Select(s => s.Error)));

        var health = await http.GetFromJsonAsync<JsonElement>("/api/health", TestContext.Current.CancellationToken);
        Assert.Equal("postgresql", health.GetProperty("database").GetString());

        foreach (var week in new[] { 44, 45, 47 })
        {
            var body = await http.GetFromJsonAsync<JsonElement>($"/api/autotask/scorecard/weekly?week={week}&year=2026&queue=ROC",
                TestContext.Current.CancellationToken);
            var m = body.GetProperty("metrics");
            var expected = IndependentCount.For(tenant.Simulator.State.Tenant, 2026, week, 29683479);
            Assert.Equal(expected.Opened, m.GetProperty("tickets_opened").GetInt32());
            Assert.Equal(expected.Closed, m.GetProperty("tickets_closed").GetInt32());
            Assert.Equal(expected.SameDayRate!.Value, m.GetProperty("same_day_close_rate").GetDouble(), 12);
            Assert.Equal(expected.Total, m.GetProperty("total_hours").GetDecimal());
            Assert.Equal(expected.Billable, m.GetProperty("billable_hours").GetDecimal());
        }

        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        Assert.Equal(tenant.Simulator.State.Tenant.Tickets.RowCount, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
        var first = tenant.Simulator.State.Tenant.Tickets.Snapshot()[0];
        var row = await db.Tickets.SingleAsync(t => t.Id == first.Id, TestContext.Current.CancellationToken);
        Assert.Equal(DateTimeKind.Utc, row.CreateDate.Kind);
        Assert.Equal(first.CreateDate, row.CreateDate, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_second_cycle_on_PostgreSQL_updates_rows_in_place()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, connectionString);
        await app.SyncAsync();
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = tenant.Clock.GetUtcNow().UtcDateTime;
        var t = tenant.Simulator.State.Tenant.Tickets.Snapshot().First(x => x.CompletedDate is null);
        tenant.Simulator.State.Tenant.Tickets.Mutate(_ =>
        {
            t.Title = "Renamed \"in\" Autotask <b>now</b> ✅";
            t.LastActivityDate = now;
            return 0;
        });

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.SyncAsync();

        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        Assert.Equal("Renamed \"in\" Autotask <b>now</b> ✅", (await db.Tickets.SingleAsync(x => x.Id == t.Id, TestContext.Current.CancellationToken)).Title);
        Assert.Equal(tenant.Simulator.State.Tenant.Tickets.RowCount, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
    }
}
