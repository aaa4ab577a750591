using System.Collections.Concurrent;

namespace Scorecard.Server.Auth.ApiKeys;

/// <summary>
/// Keys this process checked against the database in the last <see cref="RecheckAfter"/>, by the SHA-256 of
/// the key (what the database stores; never the key). A script or wallboard sending its key with every request
/// then costs a hash and a lookup, not a database read. A key revoked through this process
/// (<see cref="ApiKeyStore.RevokeAsync"/>) is forgotten at once; revoked by another process on the same database
/// (the command line, another instance) it stops working within <see cref="RecheckAfter"/>. Only keys that
/// verified are held, so unknown keys cannot fill it; at most <see cref="MaxEntries"/>.
/// </summary>
sealed class VerifiedKeys(TimeProvider clock)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(5);
    public const int MaxEntries = 1024;

    readonly ConcurrentDictionary<string, (ApiKeyInfo Key, DateTimeOffset CheckedAt)> entries = new(StringComparer.Ordinal);
    readonly Lock writes = new(); // a revocation and a check remembering the same key never interleave
    long revocations;

    /// <summary>Read before a check's database read and handed to <see cref="Remember"/>.</summary>
    public long Revocations => Interlocked.Read(ref revocations);

    public ApiKeyInfo? Find(string hash) =>
        entries.TryGetValue(hash, out var e) && clock.GetUtcNow() - e.CheckedAt < RecheckAfter ? e.Key : null;

    /// <summary>Keeps a key that verified, unless a key was revoked since the check began: its read may predate the revocation.</summary>
    public void Remember(string hash, ApiKeyInfo key, long revocationsBefore)
    {
        lock (writes)
        {
            if (Revocations != revocationsBefore)
            {
                return;
            }

            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[hash] = (key, clock.GetUtcNow());
        }
    }

    public void Forget(string hash) => entries.TryRemove(hash, out _);

    public void ForgetKey(int id)
    {
        lock (writes)
        {
            Interlocked.Increment(ref revocations);
            foreach (var (hash, e) in entries)
            {
                if (e.Key.Id == id)
                {
                    entries.TryRemove(hash, out _);
                }
            }
        }
    }
}
