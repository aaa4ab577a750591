using System.Threading.Channels;

namespace Scorecard.Server.Sync;

/// <summary>Syncs asked for now (<c>POST /api/v1/sync</c>): they wake the worker instead of waiting for the interval.</summary>
public sealed class SyncTrigger(TimeProvider clock)
{
    readonly Channel<SyncRequest> requests = Channel.CreateUnbounded<SyncRequest>();

    public void Request(SyncRequest request) => requests.Writer.TryWrite(request);

    /// <summary>The next request, or null when <paramref name="timeout"/> passes first (on the injected clock).</summary>
    public async Task<SyncRequest?> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (requests.Reader.TryRead(out var ready))
        {
            return ready;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waiting = requests.Reader.WaitToReadAsync(stop.Token).AsTask();
        var elapsed = Task.Delay(timeout, clock, stop.Token);
        await Task.WhenAny(waiting, elapsed);
        await stop.CancelAsync();
        ct.ThrowIfCancellationRequested();
        return requests.Reader.TryRead(out var request) ? request : null;
    }

    /// <summary>A request already waiting, if any.</summary>
    public SyncRequest? TryTake() => requests.Reader.TryRead(out var request) ? request : null;
}
