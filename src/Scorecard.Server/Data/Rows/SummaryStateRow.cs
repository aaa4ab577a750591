namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Which format of the summary tables the database holds. A database migrated from before the summaries
/// existed (or from an older format) holds a smaller number than <see cref="Summaries.TimeSummary.Format"/>,
/// and the summaries are rebuilt from the raw rows once at start-up.
/// </summary>
public sealed class SummaryStateRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int Format { get; set; }
}
