using System.Diagnostics;

namespace Scorecard.Server.Sync;

/// <summary>
/// One sync cycle: when it began, how long it may load history before the incremental steps run again,
/// and what was asked of it (<see cref="SyncRequest"/>).
/// </summary>
sealed class SyncCycle(DateTime started, TimeSpan backfillSlice, SyncRequest request, TimeProvider clock)
{
    readonly long startedAt = clock.GetTimestamp();

    public DateTime Started { get; } = started;

    public SyncRequest Request { get; } = request;

    /// <summary>True once the cycle has spent its slice on history (measured on the injected clock).</summary>
    public bool BackfillDue => clock.GetElapsedTime(startedAt) >= backfillSlice;
}

/// <summary>A sync asked for now (<c>POST /api/v1/sync</c>): every entity, or one, optionally reloaded in full.</summary>
public sealed record SyncRequest(string? Entity = null, bool Full = false)
{
    public static SyncRequest Scheduled { get; } = new();

    /// <summary>This entity takes part: every entity does unless one was named.</summary>
    public bool Covers(string entity) => Entity is null || Names(entity);

    /// <summary>This entity was asked for by name (so cadences and back-offs do not hold it back).</summary>
    public bool Names(string entity) => string.Equals(Entity, entity, StringComparison.OrdinalIgnoreCase);
}
