using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data;

/// <summary>The data version (<see cref="DataVersionRow"/>): bumped with every write of synced rows, read by caches.</summary>
public static class DataVersion
{
    /// <summary>
    /// Counts one change. Call it inside the transaction that writes the rows, so the new version
    /// becomes visible exactly when the data does.
    /// </summary>
    public static Task BumpAsync(ScorecardDbContext db, DateTime changedUtc, CancellationToken ct) =>
        db.DataVersions.Where(v => v.Id == DataVersionRow.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1).SetProperty(v => v.ChangedUtc, changedUtc), ct);

    /// <summary>The current version and when the data last changed.</summary>
    public static async Task<DataVersionRow> ReadAsync(ScorecardDbContext db, CancellationToken ct) =>
        await db.DataVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == DataVersionRow.SingletonId, ct)
        ?? new DataVersionRow { Version = 0, ChangedUtc = DateTime.MinValue };
}
