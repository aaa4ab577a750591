using System.Collections.Concurrent;

namespace Scorecard.Server.Reports;

/// <summary>
/// Computed reports in memory, keyed by what they depend on (the key includes the data version).
/// Concurrent requests for the same key share one computation (single flight); entries of older
/// data versions are dropped as soon as a newer version is seen, and the cache never holds more
/// than <see cref="MaxEntries"/> reports. A failed computation is not kept, so the next request retries.
/// </summary>
public sealed class ReportCache
{
    public const int MaxEntries = 512;

    readonly ConcurrentDictionary<string, (long Version, Lazy<Task<object>> Value)> entries = new();
    long newestVersion = long.MinValue;

    public int Count => entries.Count;

    public async Task<T> GetOrCreateAsync<T>(string key, long dataVersion, Func<Task<T>> create, CancellationToken ct)
        where T : class
    {
        Forget(dataVersion);
        var entry = entries.GetOrAdd(key, _ => (dataVersion, new Lazy<Task<object>>(async () => await create())));
        try
        {
            // The computation runs to the end for everyone waiting on it; only this caller's wait is cancelled.
            return (T)await entry.Value.Value.WaitAsync(ct);
        }
        catch (Exception) when (entry.Value.Value.IsFaulted || entry.Value.Value.IsCanceled)
        {
            entries.TryRemove(new KeyValuePair<string, (long, Lazy<Task<object>>)>(key, entry));
            throw;
        }
    }

    void Forget(long dataVersion)
    {
        var newest = Interlocked.Read(ref newestVersion);
        if (dataVersion > newest && Interlocked.CompareExchange(ref newestVersion, dataVersion, newest) == newest)
        {
            foreach (var (key, entry) in entries)
            {
                if (entry.Version < dataVersion)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }
}
