using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Api;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Auth.ApiKeys;

/// <summary>
/// Creates, lists, revokes and checks API keys. Used by the API, the command line and sign-in. Checks are
/// remembered for a few seconds (<see cref="VerifiedKeys"/>), so a key sent with every request is not a
/// database read per request.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock)
{
    readonly VerifiedKeys verified = new(clock);

    /// <summary>Last-used times are written at most this often per key, so reads do not turn into writes.</summary>
    static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiKey> CreateAsync(string name, string role, string? createdBy, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw ProblemException.BadRequest("name is required: 1 to 100 characters that say what the key is for.");
        }

        if (!Roles.IsKnown(role))
        {
            throw ProblemException.BadRequest($"role must be one of {Roles.Describe}; got '{role}'.");
        }

        var (key, prefix) = ApiKeyFormat.Generate();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = new ApiKeyRow
        {
            Name = name, Prefix = prefix, Hash = ApiKeyFormat.Hash(key), Role = role, CreatedBy = createdBy,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(ApiKeyInfo.From(row), key);
    }

    public async Task<List<ApiKeyInfo>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
        return rows.Select(ApiKeyInfo.From).ToList();
    }

    /// <summary>Revokes the key with this id or prefix; false when there is none.</summary>
    public async Task<ApiKeyInfo?> RevokeAsync(string idOrPrefix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = int.TryParse(idOrPrefix, out var id)
            ? await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct)
            : await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == idOrPrefix, ct);
        if (row is null)
        {
            return null;
        }

        row.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        verified.ForgetKey(row.Id); // after the commit, so a check that reads the key from now on sees it revoked
        return ApiKeyInfo.From(row);
    }

    /// <summary>True while the key with this id exists, is not revoked and has the viewer role (a wallboard's cookie stands on it).</summary>
    public async Task<bool> IsLiveViewerAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AnyAsync(k => k.Id == id && k.RevokedUtc == null && k.Role == Roles.Viewer, ct);
    }

    /// <summary>The live key this is, or null; notes when it was used.</summary>
    public async Task<ApiKeyInfo?> AuthenticateAsync(string key, CancellationToken ct)
    {
        if (ApiKeyFormat.PrefixOf(key) is not { } prefix)
        {
            return null;
        }

        var hash = ApiKeyFormat.Hash(key);
        if (verified.Find(hash) is { } known)
        {
            return known;
        }

        var revocations = verified.Revocations;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix && k.RevokedUtc == null, ct);
        if (row is null || !ApiKeyFormat.SameHash(row.Hash, hash))
        {
            verified.Forget(hash);
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (row.LastUsedUtc is null || now - row.LastUsedUtc >= LastUsedResolution)
        {
            row.LastUsedUtc = now;
            await db.SaveChangesAsync(ct);
        }

        var info = ApiKeyInfo.From(row);
        verified.Remember(hash, info, revocations);
        return info;
    }
}

/// <summary>What anyone may see of a key: never the key, never its hash.</summary>
public sealed record ApiKeyInfo(int Id, string Name, string Prefix, string Role, string? CreatedBy, DateTime CreatedUtc,
    DateTime? LastUsedUtc, DateTime? RevokedUtc)
{
    public bool Revoked => RevokedUtc is not null;

    public static ApiKeyInfo From(ApiKeyRow r) => new(r.Id, r.Name, r.Prefix, r.Role, r.CreatedBy, r.CreatedUtc, r.LastUsedUtc, r.RevokedUtc);
}

/// <summary>A key just created: the only time the key itself is returned.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
