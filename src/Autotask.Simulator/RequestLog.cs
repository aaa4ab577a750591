using System.Collections.Concurrent;

namespace Autotask.Simulator;

/// <summary>Counts the requests the simulator answered, by entity and status, for tests and benchmarks.</summary>
public sealed class RequestLog
{
    readonly ConcurrentDictionary<(string Entity, string Method, int Status), int> counts = new();

    public void Record(string entity, string method, int status) =>
        counts.AddOrUpdate((entity, method, status), 1, (_, n) => n + 1);

    public int Total => counts.Values.Sum();

    public int For(string entity) =>
        counts.Where(kv => string.Equals(kv.Key.Entity, entity, StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value);

    public IReadOnlyList<RequestCount> Snapshot() =>
        counts.Select(kv => new RequestCount(kv.Key.Entity, kv.Key.Method, kv.Key.Status, kv.Value))
            .OrderBy(c => c.Entity, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ThenBy(c => c.Status)
            .ToList();

    public void Clear() => counts.Clear();
}

public sealed record RequestCount(string Entity, string Method, int Status, int Count);
