namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Where the sync of one entity stands. The watermark and the load cursor move only with the data
/// they cover, in the same transaction, so a crash never skips records. Sync/SyncStates.cs is the one
/// place that reads and writes it.
/// </summary>
public sealed class SyncStateRow
{
    public string Entity { get; set; } = "";

    /// <summary>Records changed at or after this instant (minus the overlap) are read next time; null until the first load finished.</summary>
    public DateTime? Watermark { get; set; }

    /// <summary>During a load segment: the last id stored, so an interrupted load resumes there.</summary>
    public long? ResumeAfterId { get; set; }

    /// <summary>When the first load began: it becomes the watermark once that load has stored its first segment.</summary>
    public DateTime? PendingWatermark { get; set; }

    public DateTime? LastRunStartedUtc { get; set; }

    /// <summary>The end of the last successful run.</summary>
    public DateTime? LastRunCompletedUtc { get; set; }
    public int LastRunRecords { get; set; }
    public string? LastError { get; set; }

    /// <summary>How long the last successful run took, and how much of it went to storing.</summary>
    public long LastRunMilliseconds { get; set; }
    public long LastRunStoreMilliseconds { get; set; }

    /// <summary>Autotask calls the last successful run made.</summary>
    public int LastRunCalls { get; set; }

    public DateTime? LastErrorUtc { get; set; }
    public int ConsecutiveFailures { get; set; }

    /// <summary>After a failure: the entity is not tried again before this instant.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    /// <summary>The load segment in progress (<c>recent</c>, <c>open</c>, <c>history</c> or <c>all</c>); null when none.</summary>
    public string? Segment { get; set; }

    /// <summary>The date range of the history window in progress, [from, to).</summary>
    public DateOnly? SegmentFrom { get; set; }
    public DateOnly? SegmentTo { get; set; }

    /// <summary>The first window's start: records from then on came with the first load.</summary>
    public DateOnly? RecentFrom { get; set; }

    /// <summary>History is complete from this date on (null before the first window is stored).</summary>
    public DateOnly? HistoryFrom { get; set; }

    /// <summary>The backfill's size (one count call when it starts) and what it has stored so far, for progress and time left.</summary>
    public int? BackfillTotal { get; set; }
    public int BackfillLoaded { get; set; }
    public double BackfillSeconds { get; set; }

    /// <summary>A full reload in progress began then: when it completes, rows it did not see are removed.</summary>
    public DateTime? FullLoadStartedUtc { get; set; }
}
