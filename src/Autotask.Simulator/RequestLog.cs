using System.Collections.Concurrent;
using Autotask.Simulator.Limits;

namespace Autotask.Simulator;

/// <summary>
/// Counts the requests the simulator answered, by entity, verb and status, and the requests in flight
/// per integration code and entity, for tests and benchmarks. A dropped or abandoned request counts
/// with status 0.
/// </summary>
public sealed class RequestLog
{
    readonly ConcurrentDictionary<(string Entity, string Method, int Status), int> counts = new();

    public ConcurrencyTracker InFlight { get; } = new();

    /// <summary>Requests slowed by the latency tiers, counted once their delay is armed (tests advance the clock after).</summary>
    public CountSignal Slowed { get; } = new();

    public void Record(string entity, string method, int status) =>
        counts.AddOrUpdate((entity, method, status), 1, (_, n) => n + 1);

    public int Total => counts.Values.Sum();

    public int For(string entity) =>
        counts.Where(kv => string.Equals(kv.Key.Entity, entity, StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value);

    public int For(string entity, int status) =>
        counts.Where(kv => kv.Key.Status == status && string.Equals(kv.Key.Entity, entity, StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value);

    /// <summary>The most requests ever in flight at once on an entity (for one integration code, or the busiest).</summary>
    public int MaxInFlight(string entity, string? integrationCode = null) => InFlight.MaxInFlight(entity, integrationCode);

    public IReadOnlyList<RequestCount> Snapshot() =>
        counts.Select(kv => new RequestCount(kv.Key.Entity, kv.Key.Method, kv.Key.Status, kv.Value))
            .OrderBy(c => c.Entity, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ThenBy(c => c.Status)
            .ToList();

    public void Clear()
    {
        counts.Clear();
        InFlight.ClearCounters();
    }
}

public sealed record RequestCount(string Entity, string Method, int Status, int Count);
