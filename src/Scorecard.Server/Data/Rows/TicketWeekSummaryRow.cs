namespace Scorecard.Server.Data.Rows;

/// <summary>
/// The ticket side of one week of the configured calendar (zone and week start, <see cref="SummaryStateRow.TicketWeekCalendar"/>)
/// for one queue: what the report's ticket aggregates count for the tickets created and completed in that week, with the
/// first-response and resolution values kept sorted so the medians of any set of queues stay exact. The sync keeps it
/// (<see cref="Summaries.TicketWeekSummary"/>), so a scorecard that selects by queue gets a never-computed 13-week grid
/// from a few hundred rows instead of sorting a quarter's tickets.
/// </summary>
public sealed class TicketWeekSummaryRow
{
    /// <summary>The local date the week starts on.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>The tickets' queue; 0 for tickets without one (Autotask ids are positive).</summary>
    public int QueueId { get; set; }

    public int Opened { get; set; }

    public int SameDay { get; set; }

    public int StillOpen { get; set; }

    public int Young { get; set; }

    /// <summary>First responses of the week's new tickets, in minutes, ascending (<see cref="Summaries.SortedValues"/>).</summary>
    public byte[] FirstResponseMinutes { get; set; } = [];

    public int Closed { get; set; }

    public double ResolutionHoursSum { get; set; }

    /// <summary>Resolution times of the week's closed tickets, in hours, ascending.</summary>
    public byte[] ResolutionHours { get; set; } = [];

    public int WithSla { get; set; }

    public int SlaMet { get; set; }

    public int ClosedCreatedBefore { get; set; }
}
