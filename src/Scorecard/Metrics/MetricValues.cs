namespace Scorecard.Metrics;

/// <summary>
/// The metrics of one period (design.md §3). Rates are fractions 0–1; a rate or average whose
/// denominator is empty is null rather than zero, so "no data" never looks like "0 %".
/// </summary>
public sealed record MetricValues
{
    public required int TicketsOpened { get; init; }
    public required int TicketsClosed { get; init; }
    public required int ClosedSameDay { get; init; }
    public double? SameDayCloseRate => TicketsOpened == 0 ? null : (double)ClosedSameDay / TicketsOpened;
    public required double? AvgResolutionHours { get; init; }
    public required double? MedianResolutionHours { get; init; }
    public required double? FirstResponseMedianMinutes { get; init; }
    public required int ClosedWithSla { get; init; }
    public required int SlaMet { get; init; }
    public double? SlaMetRate => ClosedWithSla == 0 ? null : (double)SlaMet / ClosedWithSla;
    public required int OpenBacklog { get; init; }
    public required int AgedBacklog7d { get; init; }
    public required decimal BillableHours { get; init; }
    public required decimal TotalHours { get; init; }
    public double? Utilization => TotalHours == 0 ? null : (double)(BillableHours / TotalHours);
}
