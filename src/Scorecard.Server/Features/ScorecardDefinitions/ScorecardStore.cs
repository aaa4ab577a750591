using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>The stored scorecards: found by id or slug, listed, created, edited and deleted. Every edit bumps the version.</summary>
public sealed class ScorecardStore(IDbContextFactory<ScorecardDbContext> dbFactory, ScorecardSeeder seeder, TimeProvider clock)
{
    public async Task<IReadOnlyList<ScorecardDefinition>> ListAsync(CancellationToken ct)
    {
        await seeder.EnsureSeededAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Scorecards.AsNoTracking().Include(s => s.Measurables).OrderBy(s => s.Id).ToListAsync(ct);
        return rows.Select(r => r.ToDefinition()).ToList();
    }

    /// <summary>The scorecard with this id or slug, or null.</summary>
    public async Task<ScorecardDefinition?> FindAsync(string key, CancellationToken ct)
    {
        await seeder.EnsureSeededAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await FindRowAsync(db, key, tracked: false, ct))?.ToDefinition();
    }

    public async Task<ScorecardDefinition> CreateAsync(ScorecardDefinition definition, CancellationToken ct)
    {
        await seeder.EnsureSeededAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new ScorecardRow { CreatedUtc = now, UpdatedUtc = now, Version = 1, Measurables = definition.Measurables.Select(m => m.ToRow()).ToList() };
        definition.CopyTo(row);
        db.Scorecards.Add(row);
        await db.SaveChangesAsync(ct);
        return row.ToDefinition();
    }

    /// <summary>Replaces the definition (and, when given, the measurables); null when there is no such scorecard.</summary>
    public async Task<ScorecardDefinition?> UpdateAsync(string key, ScorecardDefinition definition, bool replaceMeasurables, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await FindRowAsync(db, key, tracked: true, ct);
        if (row is null)
        {
            return null;
        }

        definition.CopyTo(row);
        if (replaceMeasurables)
        {
            db.Measurables.RemoveRange(row.Measurables);
            row.Measurables = definition.Measurables.Select(m => m.ToRow()).ToList();
        }

        row.Version++;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return row.ToDefinition();
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await FindRowAsync(db, key, tracked: true, ct);
        if (row is null)
        {
            return false;
        }

        db.Scorecards.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> SlugTakenAsync(string slug, long exceptId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Scorecards.AnyAsync(s => s.Slug == slug && s.Id != exceptId, ct);
    }

    static Task<ScorecardRow?> FindRowAsync(ScorecardDbContext db, string key, bool tracked, CancellationToken ct)
    {
        var rows = tracked ? db.Scorecards.Include(s => s.Measurables) : db.Scorecards.AsNoTracking().Include(s => s.Measurables);
        var wanted = key.Trim();
        return long.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? rows.FirstOrDefaultAsync(s => s.Id == id, ct)
            : rows.FirstOrDefaultAsync(s => s.Slug == wanted.ToLowerInvariant(), ct);
    }
}
