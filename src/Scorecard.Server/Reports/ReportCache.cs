using System.Collections.Concurrent;

namespace Scorecard.Server.Reports;

/// <summary>
/// Computed reports in memory, keyed by what they depend on plus the data version. Concurrent
/// requests for the same key share one computation (single flight); entries of older data versions
/// are dropped once a newer version is seen, and at most <see cref="MaxEntries"/> reports are kept.
/// A failed computation is not kept, so the next request retries.
/// <para>
/// When the data has just changed and the new report takes longer than <paramref name="freshWait"/>,
/// the report of the previous version is answered meanwhile: it says which data version it was
/// computed at, so it is never presented as newer than it is, and viewers do not queue behind a
/// recomputation after every sync.
/// </para>
/// </summary>
public sealed class ReportCache(TimeSpan freshWait, TimeProvider clock)
{
    public const int MaxEntries = 512;

    readonly ConcurrentDictionary<string, (long Version, Lazy<Task<object>> Value)> entries = new();
    readonly ConcurrentDictionary<string, (long Version, object Value)> latest = new();
    long newestVersion = long.MinValue;

    public ReportCache()
        : this(TimeSpan.Zero, TimeProvider.System)
    {
    }

    public int Count => entries.Count;

    /// <param name="key">What the report depends on, without the data version.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, long dataVersion, Func<Task<T>> create, CancellationToken ct)
        where T : class
    {
        Forget(dataVersion);
        var fullKey = $"{key}|data:{dataVersion}";
        var entry = entries.GetOrAdd(fullKey, _ => (dataVersion, new Lazy<Task<object>>(async () =>
        {
            var value = await create();
            latest.AddOrUpdate(key, (dataVersion, value), (_, old) => old.Version > dataVersion ? old : (dataVersion, value));
            return value;
        })));
        var task = entry.Value.Value;
        try
        {
            if (!task.IsCompleted && freshWait > TimeSpan.Zero && latest.TryGetValue(key, out var previous) && previous.Version < dataVersion)
            {
                // The computation runs on for the next viewers; this one gets the previous version if it is not done in time.
                await Task.WhenAny(task, Task.Delay(freshWait, clock, ct));
                ct.ThrowIfCancellationRequested();
                if (!task.IsCompleted)
                {
                    return (T)previous.Value;
                }
            }

            // The computation runs to the end for everyone waiting on it; only this caller's wait is cancelled.
            return (T)await task.WaitAsync(ct);
        }
        catch (Exception) when (task.IsFaulted || task.IsCanceled)
        {
            entries.TryRemove(new KeyValuePair<string, (long, Lazy<Task<object>>)>(fullKey, entry));
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
                if (entry.Version < dataVersion && entry.Value.IsValueCreated && entry.Value.Value.IsCompleted)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
            latest.Clear();
        }
    }
}
