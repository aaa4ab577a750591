using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>
/// The mirror after the changes people make in Autotask, on SQLite and on a real PostgreSQL: everything a
/// log records converges on the next cycle; regular time deleted without a log goes at the next reconciliation.
/// </summary>
public sealed class MirrorTests(PostgresServer postgres) : IAsyncLifetime
{
    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task After_every_kind_of_change_the_database_equals_Autotask_field_by_field(string database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, database == "postgresql" ? await postgres.CreateDatabaseAsync() : null);
        Assert.True((await app.SyncAsync()).Succeeded);

        tenant.Clock.Advance(TimeSpan.FromMinutes(3));
        var edits = TenantEdits.Apply(tenant.Simulator, seed: 7);
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.SyncAsync()).Succeeded);

        await using (var db = Db(app))
        {
            // One cycle later everything with a log or a stamp has converged; only regular time deleted without a trace remains.
            var diffs = await MirrorDiff.CompareAsync(tenant.Simulator.State.Tenant, db, ct);
            Assert.Equal(edits.DeletedRegularTime.Order().Select(id => $"TimeEntries {id}: in the database but not in Autotask"), diffs.Order());
            Assert.False(await db.Tickets.AnyAsync(t => edits.DeletedTickets.Contains(t.Id), ct));
        }

        tenant.Clock.Advance(TimeSpan.FromHours(6));
        Assert.True((await app.SyncAsync()).Succeeded);

        await using var after = Db(app);
        Assert.Empty(await MirrorDiff.CompareAsync(tenant.Simulator.State.Tenant, after, ct));
        Assert.True(await after.TimeEntries.CountAsync(ct) > 1000);
    }

    static ScorecardDbContext Db(ScorecardApp app) =>
        app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
}
