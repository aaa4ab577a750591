using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Webhooks;

/// <summary>
/// The registered webhook's signing key, read from the database and kept in memory. Another instance may
/// register anew, so a signature that does not verify makes the receiver read it again (at most every few seconds).
/// </summary>
public sealed class WebhookSecrets(IDbContextFactory<ScorecardDbContext> databases, TimeProvider clock)
{
    static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(5);
    WebhookStateRow? current;
    DateTimeOffset readAt = DateTimeOffset.MinValue;

    public async Task<WebhookStateRow?> CurrentAsync(bool reread, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (current is not null && !(reread && now - readAt >= RereadAfter))
        {
            return current;
        }

        if (current is null && now - readAt < TimeSpan.FromSeconds(1) && !reread)
        {
            return null;
        }

        await using var db = await databases.CreateDbContextAsync(ct);
        current = await db.WebhookStates.AsNoTracking().SingleOrDefaultAsync(w => w.Id == WebhookStateRow.SingletonId, ct);
        readAt = now;
        return current;
    }

    /// <summary>Forgets the cached key (after this instance registered a new webhook).</summary>
    public void Invalidate()
    {
        current = null;
        readAt = DateTimeOffset.MinValue;
    }
}
