using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Picklists;

/// <summary>
/// What a scorecard's filters and team can name: the synced picklists (queues, ticket types,
/// sources, issue types… with their labels) and the resources.
/// </summary>
static class PicklistEndpoints
{
    public static void MapPicklists(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1").WithTags("Picklists");
        g.MapGet("/picklists", Picklists).WithName("ListPicklists");
        g.MapGet("/resources", Resources).WithName("ListResources");
    }

    /// <summary>Optionally narrowed by <c>entity</c> (e.g. Tickets) and <c>field</c> (e.g. queueID).</summary>
    static async Task<Ok<List<PicklistValueBody>>> Picklists(string? entity, string? field, ScorecardDbContext db, CancellationToken ct)
    {
        var q = db.Picklists.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            q = q.Where(p => p.Entity == entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(field))
        {
            q = q.Where(p => p.Field == field.Trim());
        }

        var rows = await q.OrderBy(p => p.Entity).ThenBy(p => p.Field).ThenBy(p => p.SortOrder).ThenBy(p => p.Value).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(p => new PicklistValueBody(p.Entity, p.Field, p.Value, p.Label, p.IsActive, p.SortOrder)).ToList());
    }

    static async Task<Ok<List<ResourceBody>>> Resources(ScorecardDbContext db, CancellationToken ct)
    {
        var rows = await db.Resources.AsNoTracking().OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.Id).ToListAsync(ct);
        var queues = (await db.ResourceRoleQueues.AsNoTracking().Select(m => new { m.ResourceId, m.QueueId }).ToListAsync(ct))
            .ToLookup(m => (long)m.ResourceId, m => m.QueueId);
        return TypedResults.Ok(rows.Select(r => new ResourceBody(r.Id, r.DisplayName, r.Email, r.IsActive, queues[r.Id].Distinct().Order().ToList())).ToList());
    }
}

public sealed record PicklistValueBody(string Entity, string Field, int Value, string Label, bool IsActive, int SortOrder);

public sealed record ResourceBody(long Id, string Name, string? Email, bool IsActive, IReadOnlyList<int> Queues);
