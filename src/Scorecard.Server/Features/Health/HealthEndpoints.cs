using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Autotask;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Sync;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Features.Health;

/// <summary>
/// <c>GET /api/health</c>: status, where the data comes from, the database, the last sync and how old the data
/// is (users' scripts read <c>status</c>, <c>autotask</c>, <c>database</c>, <c>last_sync</c>). The details are
/// at <c>sync_url</c>. Never a secret.
/// </summary>
static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", Get).WithTags("Health").WithName("GetHealth");

    static async Task<HealthResponse> Get(AutotaskStatus autotask, DatabaseInfo database, ScorecardDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var states = await db.SyncStates.AsNoTracking().OrderBy(s => s.Entity).ToListAsync(ct);
        var lastSync = states.Where(s => s.LastRunCompletedUtc is not null).Select(s => s.LastRunCompletedUtc).DefaultIfEmpty().Max();
        var asOf = DataAge.AsOf(states);
        var now = clock.GetUtcNow().UtcDateTime;
        return new HealthResponse(
            "ok",
            autotask.HealthName,
            database.Name,
            lastSync,
            asOf,
            asOf is { } a ? Math.Max(0, (long)(now - a).TotalSeconds) : null,
            SyncEndpoints.Route,
            states.Select(s => new EntitySyncState(s.Entity, s.Watermark, s.LastRunCompletedUtc, s.LastRunRecords, s.LastError,
                s.NextAttemptUtc > now ? s.NextAttemptUtc : null)).ToList());
    }
}

public sealed record HealthResponse(string Status, string Autotask, string Database, DateTime? LastSync, DateTime? DataAsOf, long? DataAgeSeconds,
    string SyncUrl, List<EntitySyncState> Sync);

public sealed record EntitySyncState(string Entity, DateTime? Watermark, DateTime? LastRunCompleted, int LastRunRecords, string? LastError, DateTime? NextRetry);
