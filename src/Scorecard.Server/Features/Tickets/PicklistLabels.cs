using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Tickets;

/// <summary>The synced labels of one entity's picklists, for turning codes into names.</summary>
public sealed class PicklistLabels(Dictionary<(string Field, int Value), string> labels)
{
    public string? Label(string field, int value) => labels.GetValueOrDefault((field, value));

    public static async Task<PicklistLabels> LoadAsync(ScorecardDbContext db, string entity, CancellationToken ct)
    {
        var rows = await db.Picklists.AsNoTracking().Where(p => p.Entity == entity).ToListAsync(ct);
        return new PicklistLabels(rows.ToDictionary(r => (r.Field, r.Value), r => r.Label));
    }
}
