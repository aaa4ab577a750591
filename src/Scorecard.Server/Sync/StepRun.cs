using System.Diagnostics;

namespace Scorecard.Server.Sync;

/// <summary>
/// One step's run inside a cycle: when it started and what it did (records, Autotask calls, time spent
/// storing), for the sync state API and the benchmark.
/// </summary>
sealed class StepRun(SyncCycle cycle, string entity, DateTime started)
{
    readonly long startedAt = Stopwatch.GetTimestamp();
    long storingTicks;
    int records;

    public SyncCycle Cycle { get; } = cycle;

    public string Entity { get; } = entity;

    /// <summary>When the step began (UTC, the injected clock): the next watermark of an incremental read.</summary>
    public DateTime Started { get; } = started;

    /// <summary>Counts the Autotask calls made while this step runs (see <see cref="CallCounter.Current"/>).</summary>
    public CallCounter Counter { get; } = new();

    public int Calls => Counter.Count;

    public int Records => records;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(startedAt);

    public TimeSpan Storing => TimeSpan.FromTicks(Interlocked.Read(ref storingTicks));

    public void Stored(int count) => Interlocked.Add(ref records, count);

    /// <summary>Passed to each <see cref="Storage.SyncWrite"/>, which reports how long it took.</summary>
    public void AddStoring(TimeSpan spent) => Interlocked.Add(ref storingTicks, spent.Ticks);
}
