namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Hours by Monday-to-Sunday week × resource × whether the entry is on a stored ticket × that ticket's queue:
/// a regrouping of <see cref="TimeSummaryRow"/> kept in the same transaction (<see cref="Summaries.TimeSummary"/>).
/// A 13-week grid reads tens of thousands of these rather than millions of entries, and still counts the
/// resources who entered time exactly (a count of distinct people cannot be added up from days).
/// </summary>
public sealed class TimeWeekSummaryRow
{
    public long Id { get; set; }

    /// <summary>The Monday of the week (dates as entered, so no time zone is involved).</summary>
    public DateOnly WeekStart { get; set; }

    public int ResourceId { get; set; }

    public bool OnTicket { get; set; }

    public int? QueueId { get; set; }

    /// <summary>hoursWorked × 10 000, summed.</summary>
    public long ScaledHours { get; set; }

    /// <summary>The billable part of <see cref="ScaledHours"/>.</summary>
    public long BillableScaledHours { get; set; }

    public int Entries { get; set; }
}
