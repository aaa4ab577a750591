using System.Threading.Channels;

namespace Scorecard.Server.Sync;

/// <summary>
/// Syncs asked for now (<c>POST /api/v1/sync</c>, the unsigned webhook-deactivated call): they wake the worker
/// instead of waiting for the interval. A request equal to one still waiting is dropped, so repeated calls
/// cannot pile up Autotask calls.
/// </summary>
public sealed class SyncTrigger(TimeProvider clock)
{
    readonly Channel<SyncRequest> requests = Channel.CreateUnbounded<SyncRequest>();
    readonly System.Collections.Concurrent.ConcurrentDictionary<SyncRequest, byte> pending = new();

    public void Request(SyncRequest request)
    {
        if (pending.TryAdd(request, 0))
        {
            requests.Writer.TryWrite(request);
        }
    }

    /// <summary>The next request, or null when <paramref name="timeout"/> passes first (on the injected clock).</summary>
    public async Task<SyncRequest?> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (TryTake() is { } ready)
        {
            return ready;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waiting = requests.Reader.WaitToReadAsync(stop.Token).AsTask();
        var elapsed = Task.Delay(timeout, clock, stop.Token);
        await Task.WhenAny(waiting, elapsed);
        await stop.CancelAsync();
        ct.ThrowIfCancellationRequested();
        return TryTake();
    }

    /// <summary>A request already waiting, if any.</summary>
    public SyncRequest? TryTake()
    {
        if (!requests.Reader.TryRead(out var request))
        {
            return null;
        }

        pending.TryRemove(request, out _);
        return request;
    }
}
