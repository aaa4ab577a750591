using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Autotask;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Health;

/// <summary><c>GET /api/health</c>: status, where the data comes from, the database and the sync state. Never a secret.</summary>
static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", Get).WithTags("Health").WithName("GetHealth");

    static async Task<HealthResponse> Get(AutotaskStatus autotask, DatabaseInfo database, ScorecardDbContext db, CancellationToken ct)
    {
        var states = await db.SyncStates.AsNoTracking().OrderBy(s => s.Entity).ToListAsync(ct);
        var lastSync = states.Where(s => s.LastRunCompletedUtc is not null).Select(s => s.LastRunCompletedUtc).DefaultIfEmpty().Max();
        return new HealthResponse(
            "ok",
            autotask.HealthName,
            database.Name,
            lastSync,
            states.Select(s => new EntitySyncState(s.Entity, s.Watermark, s.LastRunCompletedUtc, s.LastRunRecords, s.LastError)).ToList());
    }
}

public sealed record HealthResponse(string Status, string Autotask, string Database, DateTime? LastSync, List<EntitySyncState> Sync);

public sealed record EntitySyncState(string Entity, DateTime? Watermark, DateTime? LastRunCompleted, int LastRunRecords, string? LastError);
