using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Caching;

/// <summary>
/// The data version now, read through one <see cref="SharedRead{T}"/> for all concurrent requests. The
/// response caches key on it: whatever they serve was made at this version or later.
/// </summary>
public sealed class CurrentDataVersion
{
    readonly SharedRead<long> shared;

    public CurrentDataVersion(IDbContextFactory<ScorecardDbContext> dbFactory) =>
        shared = new SharedRead<long>(async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return (await DataVersion.ReadAsync(db, ct)).Version;
        });

    public Task<long> ReadAsync(CancellationToken ct) => shared.GetAsync(ct);
}
