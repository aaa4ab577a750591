using Scorecard.Goals;
using static Scorecard.Metrics.MetricRecords;
using static Scorecard.Metrics.MetricUnit;

namespace Scorecard.Metrics;

/// <summary>Every metric the product computes, keyed by id, in display order. Every surface iterates this list.</summary>
public static class MetricCatalog
{
    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        new("tickets_opened", "Tickets opened", Count,
            "Tickets with createDate in the period (local time).",
            "count of tickets created in the period", true, GoalDirection.AtMost, TicketsOpened,
            t => Measure.Count(t.Opened)),
        new("tickets_closed", "Tickets closed", Count,
            "Tickets with completedDate in the period, whatever their create date.",
            "count of tickets completed in the period", true, GoalDirection.AtLeast, TicketsClosed,
            t => Measure.Count(t.Closed)),
        new("same_day_close_rate", "Same-day close rate", Rate,
            "Of the tickets created in the period, the share completed on the same local calendar day they were created.",
            "tickets completed on their local creation day ÷ tickets created", false, GoalDirection.AtLeast, TicketsSameDay,
            t => Measure.Ratio(t.ClosedSameDay, t.Opened)),
        new("avg_resolution_hours", "Avg resolution", Hours,
            "Over tickets closed in the period: the mean of completedDate − createDate, in hours.",
            "sum of (completedDate − createDate) in hours ÷ tickets closed", false, GoalDirection.AtMost, TicketsClosed,
            t => Measure.Ratio(t.ResolutionHoursSum, t.Closed)),
        new("median_resolution_hours", "Median resolution", Hours,
            "Over tickets closed in the period: the median of completedDate − createDate, in hours.",
            "median of (completedDate − createDate) in hours over the tickets closed", false, GoalDirection.AtMost, TicketsClosed,
            t => new Measure(t.ResolutionMedianHours, null, t.Closed)),
        new("first_response_median_minutes", "First response (median)", Minutes,
            "Over tickets created in the period that have a first response: the median of firstResponseDateTime − createDate, in minutes.",
            "median of (firstResponseDateTime − createDate) in minutes over the tickets created that have one", false, GoalDirection.AtMost,
            TicketsFirstResponse, t => new Measure(t.FirstResponseMedianMinutes, null, t.FirstResponses)),
        new("sla_met_rate", "SLA met", Rate,
            "Of the tickets closed in the period that have an SLA, the share with serviceLevelAgreementHasBeenMet = true.",
            "tickets closed with SLA met ÷ tickets closed that have an SLA", false, GoalDirection.AtLeast, TicketsClosedWithSla,
            t => Measure.Ratio(t.SlaMet, t.ClosedWithSla)),
        new("open_backlog", "Open backlog", Count,
            "Tickets created before the period end and not completed by then.",
            "count of tickets open at the period end", false, GoalDirection.AtMost, TicketsOpenAtEnd,
            t => Measure.Count(t.OpenBacklog)),
        new("aged_backlog_7d", "Aged backlog (7 days)", Count,
            "Of the tickets open at the period end, those created more than 7 days (168 hours) before it.",
            "count of tickets open at the period end and older than 7 days", false, GoalDirection.AtMost, TicketsAgedAtEnd,
            t => Measure.Count(t.AgedBacklog)),
        new("billable_hours", "Billable hours", Hours,
            "Sum of hoursWorked of the billable time entries (isNonBillable = false) with dateWorked in the period.",
            "sum of billable hoursWorked", true, GoalDirection.AtLeast, BillableTimeEntries,
            t => Measure.Count((double)t.BillableHours)),
        new("total_hours", "Total hours", Hours,
            "Sum of hoursWorked of the time entries with dateWorked in the period.",
            "sum of hoursWorked", true, GoalDirection.AtLeast, TimeEntries,
            t => Measure.Count((double)t.TotalHours)),
        new("utilization", "Utilization", Rate,
            "Billable hours ÷ total hours of the time entries with dateWorked in the period.",
            "billable hours ÷ total hours", false, GoalDirection.AtLeast, TimeEntries,
            t => Measure.Ratio((double)t.BillableHours, (double)t.TotalHours)),
        new("capacity_utilization", "Capacity utilization", Rate,
            "Billable hours ÷ available hours (team members × working days × daily hours; without a team, the resources who entered time in the period).",
            "billable hours ÷ (technicians × working days × daily hours)", false, GoalDirection.AtLeast, BillableTimeEntries,
            t => Measure.Ratio((double)t.BillableHours, t.AvailableHours)),
        new("tickets_closed_per_tech_day", "Closed per technician per day", PerDay,
            "Tickets closed in the period ÷ (technicians × working days).",
            "tickets closed ÷ (technicians × working days)", false, GoalDirection.AtLeast, TicketsClosed,
            t => Measure.Ratio(t.Closed, t.TechnicianDays)),
    ];

    static readonly Dictionary<string, MetricDefinition> ById = All.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The measurables a scorecard shows when it names none: the first dashboard's four.</summary>
    public static readonly IReadOnlyList<string> DefaultMeasurables = ["tickets_opened", "tickets_closed", "same_day_close_rate", "utilization"];

    public static MetricDefinition? Find(string id) => ById.GetValueOrDefault(id);

    public static MetricDefinition Get(string id) => Find(id) ?? throw new KeyNotFoundException($"Unknown metric '{id}'.");
}
