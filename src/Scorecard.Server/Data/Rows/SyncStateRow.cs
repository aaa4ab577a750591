namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Where the sync of one entity stands. The watermark moves only with the data it covers, in the
/// same transaction, so a crash never skips records.
/// </summary>
public sealed class SyncStateRow
{
    public string Entity { get; set; } = "";

    /// <summary>Records changed at or after this instant (minus the overlap) are read next time; null until a full load finished.</summary>
    public DateTime? Watermark { get; set; }

    /// <summary>During a full load: the last id stored, so an interrupted load resumes there.</summary>
    public long? ResumeAfterId { get; set; }

    /// <summary>When the cycle in progress began: it becomes the watermark once that cycle has stored everything.</summary>
    public DateTime? PendingWatermark { get; set; }

    public DateTime? LastRunStartedUtc { get; set; }
    public DateTime? LastRunCompletedUtc { get; set; }
    public int LastRunRecords { get; set; }
    public string? LastError { get; set; }
}
