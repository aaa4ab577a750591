using System.Collections.Concurrent;

namespace Scorecard.Server.Sync;

/// <summary>
/// What this process's sync has done since it started, per entity: records, Autotask calls, time busy and
/// time storing (the rest is reading). The benchmark reads it; the sync state API shows it.
/// </summary>
public sealed class SyncTotals
{
    readonly ConcurrentDictionary<string, Totals> byEntity = new(StringComparer.OrdinalIgnoreCase);

    internal void Add(string entity, StepRun run) => byEntity.AddOrUpdate(entity,
        _ => new Totals(run.Records, run.Calls, run.Elapsed, run.Storing),
        (_, t) => new Totals(t.Records + run.Records, t.Calls + run.Calls, t.Busy + run.Elapsed, t.Storing + run.Storing));

    public IReadOnlyDictionary<string, Totals> Snapshot() => new Dictionary<string, Totals>(byEntity, StringComparer.OrdinalIgnoreCase);

    public sealed record Totals(long Records, long Calls, TimeSpan Busy, TimeSpan Storing);
}
