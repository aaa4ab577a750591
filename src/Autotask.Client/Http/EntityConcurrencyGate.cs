using System.Collections.Concurrent;
using Autotask.Client.Telemetry;
using Microsoft.Extensions.Options;

namespace Autotask.Client.Http;

/// <summary>
/// Autotask allows 3 requests in flight per integration code and entity endpoint and answers more
/// with "Thread Threshold Exceeded". This gate holds every request for one tenant to
/// <see cref="AutotaskClientOptions.MaxConcurrentRequestsPerEntity"/> per endpoint.
/// </summary>
public sealed class EntityConcurrencyGate
{
    readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);
    readonly int max;

    /// <summary>Created once per registration by dependency injection.</summary>
    public EntityConcurrencyGate(IOptions<AutotaskClientOptions> options, AutotaskTelemetry telemetry)
    {
        max = options.Value.MaxConcurrentRequestsPerEntity;
        telemetry.ObserveConcurrency(() => MaxInFlight);
    }

    /// <summary>The most requests that were in flight at once, per entity endpoint, since start.</summary>
    public IReadOnlyDictionary<string, int> MaxInFlight => slots.ToDictionary(kv => kv.Key, kv => kv.Value.HighWater, StringComparer.OrdinalIgnoreCase);

    internal async ValueTask<IDisposable> EnterAsync(string entity, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(entity, _ => new Slot(max));
        await slot.Semaphore.WaitAsync(ct);
        slot.Entered();
        return slot;
    }

    sealed class Slot(int max) : IDisposable
    {
        int inFlight, highWater;

        public SemaphoreSlim Semaphore { get; } = new(max, max);

        public int HighWater => Volatile.Read(ref highWater);

        public void Entered()
        {
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref highWater)) && Interlocked.CompareExchange(ref highWater, now, seen) != seen)
            {
            }
        }

        public void Dispose()
        {
            Interlocked.Decrement(ref inFlight);
            Semaphore.Release();
        }
    }
}
