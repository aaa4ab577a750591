using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Server.Caching;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>
/// The stored scorecards: found by id or slug, listed, created, edited and deleted. Every edit bumps the version.
/// Reads (every page view) come from the last list read, as long as the scorecards' stamp (each id with its
/// version) is unchanged: one tiny query instead of the scorecards with all their measurables, and still
/// right at once after an edit, by this instance or another on the same database. Concurrent page views
/// share one stamp query (<see cref="SharedRead{T}"/>), which still starts after each of them asked.
/// </summary>
public sealed class ScorecardStore(IDbContextFactory<ScorecardDbContext> dbFactory, ScorecardSeeder seeder, TimeProvider clock)
{
    volatile CachedList? cached;

    readonly SharedRead<string> stamps = new(async ct =>
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var versions = await db.Scorecards.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Version }).ToListAsync(ct);
        return string.Join(',', versions.Select(v => FormattableString.Invariant($"{v.Id}:{v.Version}")));
    });

    /// <summary>Each scorecard's id and version, read once for all concurrent callers: changes with every edit.</summary>
    public async Task<string> StampAsync(CancellationToken ct)
    {
        await seeder.EnsureSeededAsync(ct);
        return await stamps.GetAsync(ct);
    }

    public async Task<IReadOnlyList<ScorecardDefinition>> ListAsync(CancellationToken ct)
    {
        var stamp = await StampAsync(ct);
        if (cached is { } c && c.Stamp == stamp)
        {
            return c.List;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Scorecards.AsNoTracking().Include(s => s.Measurables).OrderBy(s => s.Id).ToListAsync(ct);
        var list = rows.Select(r => r.ToDefinition()).ToList();
        // Stamped by what was read, so a list read while an edit committed is simply read again next time.
        cached = new CachedList(string.Join(',', rows.Select(r => FormattableString.Invariant($"{r.Id}:{r.Version}"))), list);
        return list;
    }

    /// <summary>The scorecard with this id or slug, or null.</summary>
    public async Task<ScorecardDefinition?> FindAsync(string key, CancellationToken ct)
    {
        var all = await ListAsync(ct);
        var wanted = key.Trim();
        return long.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? all.FirstOrDefault(s => s.Id == id)
            : all.FirstOrDefault(s => s.Slug == wanted.ToLowerInvariant());
    }

    sealed record CachedList(string Stamp, IReadOnlyList<ScorecardDefinition> List);

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
