using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Auth.Setup;

/// <summary>
/// First run: no account exists and nothing guessable is created. The server makes a one-time
/// token (256 random bits, held only in memory) and prints a link with it, as Jupyter prints its
/// token; whoever opens the link creates the first admin, and the token is spent.
/// </summary>
public sealed class SetupLink(IDbContextFactory<ScorecardDbContext> dbFactory)
{
    public const string Path = "/setup";

    readonly SemaphoreSlim oneAtATime = new(1, 1);
    string? token;

    /// <summary>The current token, or null once spent or when accounts exist.</summary>
    public string? Token => Volatile.Read(ref token);

    /// <summary>Makes a token when the database has no users yet; returns it (null when not needed).</summary>
    public async Task<string?> PrepareAsync(CancellationToken ct)
    {
        if (await AnyUserAsync(ct))
        {
            return null;
        }

        Interlocked.CompareExchange(ref token, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), null);
        return Token;
    }

    /// <summary>True when <paramref name="presented"/> is the live token and still no user exists (another instance may have made one).</summary>
    public async Task<bool> IsValidAsync(string? presented, CancellationToken ct) =>
        Matches(presented) && !await AnyUserAsync(ct);

    /// <summary>
    /// Runs <paramref name="createAdmin"/> once for the live token; the token is spent only when it
    /// succeeds, so a rejected password can be corrected. Null when the token is not (or no longer) valid.
    /// </summary>
    public async Task<IdentityResult?> RedeemAsync(string? presented, Func<Task<IdentityResult>> createAdmin, CancellationToken ct)
    {
        await oneAtATime.WaitAsync(ct);
        try
        {
            if (!await IsValidAsync(presented, ct))
            {
                return null;
            }

            var result = await createAdmin();
            if (result.Succeeded)
            {
                Volatile.Write(ref token, null);
            }

            return result;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    bool Matches(string? presented)
    {
        var live = Token;
        return live is not null && presented is not null && presented.Length == live.Length
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(live), System.Text.Encoding.ASCII.GetBytes(presented));
    }

    async Task<bool> AnyUserAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(ct);
    }
}
