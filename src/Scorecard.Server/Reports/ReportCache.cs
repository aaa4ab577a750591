using System.Collections.Concurrent;

namespace Scorecard.Server.Reports;

/// <summary>
/// Computed reports in memory: per key (what a report depends on, without the data version) the
/// newest report computed, with the data version it was computed at. A request for a version the
/// cache already has (or has newer) is answered from memory. Otherwise one computation per key runs
/// at a time, whatever the version: concurrent requests join it rather than start their own, so a
/// sync that moves the data version every second cannot pile computations up. A viewer waits at most
/// <c>freshWait</c> for it when an older report exists and gets that one meanwhile (it names its data
/// version, so a number is never presented as newer than the data it came from). A failed
/// computation is not kept. At most <see cref="MaxEntries"/> keys are held.
/// </summary>
public sealed class ReportCache(TimeSpan freshWait, TimeProvider clock)
{
    public const int MaxEntries = 512;

    readonly ConcurrentDictionary<string, (long Version, object Value)> completed = new();
    readonly ConcurrentDictionary<string, Lazy<Task<object>>> running = new();

    public ReportCache()
        : this(TimeSpan.Zero, TimeProvider.System)
    {
    }

    public int Count => completed.Count;

    /// <param name="waitForFresh">Wait for the computation however long it takes (files and e-mails, which people keep), instead of <c>freshWait</c>.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, long dataVersion, Func<Task<T>> create, CancellationToken ct, bool waitForFresh = false)
        where T : class
    {
        var known = completed.TryGetValue(key, out var c) ? c : default;
        if (known.Value is not null && known.Version >= dataVersion)
        {
            return (T)known.Value;
        }

        if (completed.Count >= MaxEntries)
        {
            completed.Clear();
        }

        Lazy<Task<object>>? mine = null;
        mine = new Lazy<Task<object>>(() => RunAsync(key, dataVersion, create, mine!));
        var task = running.GetOrAdd(key, mine).Value;
        if (!task.IsCompleted && !waitForFresh && freshWait > TimeSpan.Zero && known.Value is not null)
        {
            await Task.WhenAny(task, Task.Delay(freshWait, clock, ct));
            ct.ThrowIfCancellationRequested();
            if (!task.IsCompleted)
            {
                return (T)known.Value;
            }
        }

        // The computation runs to the end for everyone waiting on it; only this caller's wait is cancelled.
        return (T)await task.WaitAsync(ct);
    }

    async Task<object> RunAsync<T>(string key, long dataVersion, Func<Task<T>> create, Lazy<Task<object>> self)
        where T : class
    {
        try
        {
            var value = await create();
            completed.AddOrUpdate(key, (dataVersion, value), (_, old) => old.Version > dataVersion ? old : (dataVersion, value));
            return value;
        }
        finally
        {
            running.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, self));
        }
    }
}
