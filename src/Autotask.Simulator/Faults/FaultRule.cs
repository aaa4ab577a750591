namespace Autotask.Simulator.Faults;

/// <summary>
/// When a fault strikes: the requests it matches (entity, verb, query pages only), how many matching
/// requests it lets through first (<see cref="Skip"/>) and how many it then hits (<see cref="Count"/>).
/// "Page 3 of the Tickets query fails once" is <c>Entity = "Tickets", QueriesOnly = true, Skip = 2, Count = 1</c>.
/// </summary>
public sealed class FaultRule
{
    readonly CountSignal struck = new();

    public int Id { get; internal set; }

    /// <summary>The entity path segment (e.g. <c>Tickets</c>, <c>ThresholdInformation</c>), ignoring case; null for any.</summary>
    public string? Entity { get; init; }

    /// <summary>The HTTP verb, ignoring case; null for any.</summary>
    public string? Method { get; init; }

    /// <summary>Only <c>{Entity}/query</c> and <c>{Entity}/query/next</c> requests: the pages of a query.</summary>
    public bool QueriesOnly { get; init; }

    /// <summary>How many matching requests pass untouched before the fault strikes.</summary>
    public int Skip { get; init; }

    /// <summary>How many requests the fault hits; null hits every matching request until removed.</summary>
    public int? Count { get; init; } = 1;

    public required FaultAction Action { get; init; }

    /// <summary>Matching requests seen so far, including skipped ones.</summary>
    public int Seen { get; private set; }

    public int Hits { get; private set; }

    public bool IsSpent => Count is { } c && Hits >= c;

    /// <summary>Completes once the fault has hit <paramref name="hits"/> requests, so a test can wait without sleeping.</summary>
    public Task WhenHit(int hits = 1) => struck.WhenReached(hits);

    internal bool Matches(string entity, string method, bool isQueryPage) =>
        !IsSpent
        && (Entity is null || string.Equals(Entity, entity, StringComparison.OrdinalIgnoreCase))
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (!QueriesOnly || isQueryPage);

    /// <summary>Counts a matching request; true when the fault strikes it. Called under the injector's lock.</summary>
    internal bool Take()
    {
        Seen++;
        if (Seen <= Skip)
        {
            return false;
        }

        Hits++;
        return true;
    }

    /// <summary>Releases waiters; called outside the injector's lock, once the fault has taken effect.</summary>
    internal void Signal() => struck.Increment();
}
