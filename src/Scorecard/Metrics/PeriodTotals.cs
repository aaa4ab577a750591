namespace Scorecard.Metrics;

/// <summary>
/// The sums and counts of one period (for a scorecard, or one technician of it) from which every
/// metric of the catalogue is derived. The report service fills them from the database.
/// </summary>
public sealed record PeriodTotals
{
    public int Opened { get; init; }
    public int ClosedSameDay { get; init; }
    public int FirstResponses { get; init; }
    public double? FirstResponseMedianMinutes { get; init; }
    public int Closed { get; init; }
    public double ResolutionHoursSum { get; init; }
    public double? ResolutionMedianHours { get; init; }
    public int ClosedWithSla { get; init; }
    public int SlaMet { get; init; }
    public int OpenBacklog { get; init; }
    public int AgedBacklog { get; init; }
    public decimal BillableHours { get; init; }
    public decimal TotalHours { get; init; }

    /// <summary>Team members (or, without a team, the resources who entered time on the selection in the period).</summary>
    public int Technicians { get; init; }
    public int WorkingDays { get; init; }
    public double DailyHours { get; init; }

    public double AvailableHours => Technicians * WorkingDays * DailyHours;

    public int TechnicianDays => Technicians * WorkingDays;

    public static readonly PeriodTotals Empty = new();
}
