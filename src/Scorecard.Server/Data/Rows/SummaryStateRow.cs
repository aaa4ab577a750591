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

    /// <summary>
    /// The calendar (zone and week start) <c>ticket_week_summary</c> holds weeks of, or empty before it is built; start-up
    /// builds it again when the configured calendar differs, and the reports use it only while they agree.
    /// </summary>
    public string TicketWeekCalendar { get; set; } = "";
}
