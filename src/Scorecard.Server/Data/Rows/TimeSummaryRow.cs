namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Hours by local work date × resource × the dimensions of the entry's ticket × billable flag, kept by
/// the sync in the transaction that writes the time entries and tickets (<see cref="Summaries.TimeSummary"/>).
/// The report reads these instead of joining millions of time entries to their tickets. The ticket's
/// company is left out on purpose: with thousands of companies the summary would be as large as the
/// entries, so a scorecard filtered by company reads the raw rows.
/// </summary>
public sealed class TimeSummaryRow
{
    public long Id { get; set; }

    public DateOnly DateWorked { get; set; }

    public int ResourceId { get; set; }

    /// <summary>Whether the entry's ticket is stored (a ticket filter only ever selects entries on stored tickets).</summary>
    public bool OnTicket { get; set; }

    public int? QueueId { get; set; }

    public int? TicketType { get; set; }

    public int? Source { get; set; }

    public int? IssueType { get; set; }

    public bool IsNonBillable { get; set; }

    /// <summary>The sum of hoursWorked × 10 000, a whole number, so sums stay exact on both providers.</summary>
    public long ScaledHours { get; set; }

    public int Entries { get; set; }
}
