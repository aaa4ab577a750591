namespace Scorecard.Server.Caching;

/// <summary>
/// One database read shared by every caller that asks while it is pending, so 64 concurrent page
/// views of the same small row (the data version, the scorecards' stamp, the sync state) cost one
/// query, not 64. Unlike a time-based cache it is never stale: a caller only ever joins a read that
/// starts after it asked. Callers arriving while a read runs share the next one, which starts when
/// the running one ends; so each caller waits for at most two reads. The read itself is never
/// cancelled by one caller giving up, since others wait on it; a failed read fails only those that
/// shared it.
/// </summary>
public sealed class SharedRead<T>(Func<CancellationToken, Task<T>> read)
{
    readonly Lock gate = new();
    TaskCompletionSource<T>? running;
    TaskCompletionSource<T>? queued;
    long reads;

    /// <summary>How many reads ran (for tests and diagnostics).</summary>
    public long Reads => Interlocked.Read(ref reads);

    public Task<T> GetAsync(CancellationToken ct)
    {
        TaskCompletionSource<T> mine;
        Task? after = null;
        var start = true;
        lock (gate)
        {
            if (running is null)
            {
                running = mine = NewRead();
            }
            else if (queued is null)
            {
                // The running read may have begun before this caller asked: wait for the one after it.
                queued = mine = NewRead();
                after = running.Task;
            }
            else
            {
                mine = queued;
                start = false;
            }
        }

        if (start)
        {
            _ = RunAsync(mine, after);
        }

        return mine.Task.WaitAsync(ct);
    }

    static TaskCompletionSource<T> NewRead() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    async Task RunAsync(TaskCompletionSource<T> mine, Task? after)
    {
        if (after is not null)
        {
            await after.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            lock (gate)
            {
                // From here on later callers must queue behind this read: it may have begun before they asked.
                running = mine;
                queued = null;
            }
        }

        try
        {
            Interlocked.Increment(ref reads);
            mine.SetResult(await read(CancellationToken.None));
        }
        catch (Exception e)
        {
            mine.SetException(e);
        }
        finally
        {
            lock (gate)
            {
                if (running == mine)
                {
                    running = null;
                }
            }
        }
    }
}
