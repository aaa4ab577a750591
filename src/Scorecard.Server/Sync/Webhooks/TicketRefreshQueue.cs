using System.Threading.Channels;

namespace Scorecard.Server.Sync.Webhooks;

/// <summary>
/// Tickets a verified webhook named, waiting to be refreshed: the receiver answers Autotask at once and
/// <see cref="TicketRefreshWorker"/> does the reading. Ids already waiting are not queued twice.
/// </summary>
public sealed class TicketRefreshQueue
{
    readonly Channel<long> queue = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    readonly HashSet<long> waiting = [];
    readonly List<(long Count, TaskCompletionSource Done)> watchers = [];
    readonly Lock gate = new();
    long finished;

    /// <summary>Refreshes finished (or given up on) since start.</summary>
    public long Finished => Interlocked.Read(ref finished);

    public void Enqueue(long ticketId)
    {
        lock (gate)
        {
            if (!waiting.Add(ticketId))
            {
                return;
            }
        }

        queue.Writer.TryWrite(ticketId);
    }

    internal ChannelReader<long> Reader => queue.Reader;

    /// <summary>Taken off the queue: a later event for the ticket queues it again.</summary>
    internal void Taken(long ticketId)
    {
        lock (gate)
        {
            waiting.Remove(ticketId);
        }
    }

    internal void Done()
    {
        var n = Interlocked.Increment(ref finished);
        lock (gate)
        {
            foreach (var w in watchers.Where(w => w.Count <= n).ToList())
            {
                w.Done.TrySetResult();
                watchers.Remove(w);
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> refreshes have finished since start (tests wait on it instead of sleeping).</summary>
    public Task WhenFinished(long count)
    {
        lock (gate)
        {
            if (Finished >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((count, done));
            return done.Task;
        }
    }
}
