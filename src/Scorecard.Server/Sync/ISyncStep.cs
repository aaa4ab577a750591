namespace Scorecard.Server.Sync;

/// <summary>One entity's sync: reads what changed in Autotask and stores it, with its state, in the same transactions.</summary>
interface ISyncStep
{
    /// <summary>The entity's name in the sync state, e.g. <c>Tickets</c>.</summary>
    string Entity { get; }

    /// <summary>Runs once in a cycle: the first load, or what changed since the last run.</summary>
    Task RunAsync(StepRun run, CancellationToken cancellationToken);
}

/// <summary>A step whose history loads newest first, a window at a time, after the cycle's incremental steps.</summary>
interface IBackfillStep : ISyncStep
{
    /// <summary>Loads the next history segment (stopping early when <see cref="SyncCycle.BackfillDue"/>); true while more remains.</summary>
    Task<bool> BackfillAsync(StepRun run, CancellationToken cancellationToken);
}
