using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Email;

/// <summary>
/// Which weekly e-mails have gone out, in the database every instance shares: an instance claims a
/// (scorecard, week) before sending and marks it sent after, so with several instances (or a retry)
/// each scorecard's e-mail of a week goes out once. A claim left by an instance that died while
/// sending expires after <see cref="ClaimExpiry"/>, and a failed send gives its claim back.
/// </summary>
public sealed class WeeklyEmailLedger(IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock)
{
    public static readonly TimeSpan ClaimExpiry = TimeSpan.FromMinutes(10);

    /// <summary>True when this caller may send: nobody had claimed it, or the claim expired unsent.</summary>
    public async Task<bool> TryClaimAsync(string slug, string week, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One statement each, so two instances waking in the same second cannot both win.
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO weekly_email_sends ("ScorecardSlug", "WeekKey", "ClaimedUtc") VALUES ({slug}, {week}, {now}) ON CONFLICT DO NOTHING""", ct);
        if (inserted == 1)
        {
            return true;
        }

        var expired = now - ClaimExpiry;
        return await db.WeeklyEmailSends
            .Where(s => s.ScorecardSlug == slug && s.WeekKey == week && s.SentUtc == null && s.ClaimedUtc < expired)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedUtc, now), ct) == 1;
    }

    public async Task MarkSentAsync(string slug, string week, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.WeeklyEmailSends.Where(s => s.ScorecardSlug == slug && s.WeekKey == week)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SentUtc, now), ct);
    }

    /// <summary>Gives a claim back after a failed send, so the next attempt (here or elsewhere) may send.</summary>
    public async Task ReleaseAsync(string slug, string week, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.WeeklyEmailSends.Where(s => s.ScorecardSlug == slug && s.WeekKey == week && s.SentUtc == null).ExecuteDeleteAsync(ct);
    }
}
