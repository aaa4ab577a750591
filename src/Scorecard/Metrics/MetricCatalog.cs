using System.Globalization;

namespace Scorecard.Metrics;

public enum MetricKind
{
    Count,
    Rate,
    Hours,
    Minutes,
}

/// <summary>A metric as the scorecard shows it: its id, its name, its definition (design.md §3) and its value.</summary>
public sealed record MetricDefinition(string Id, string Name, MetricKind Kind, string Definition, Func<MetricValues, double?> Value)
{
    /// <summary>The value as a person reads it: 62.9 %, 41, 3.5 h.</summary>
    public string Format(double? value) => value is not { } v ? "–" : Kind switch
    {
        MetricKind.Rate => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        MetricKind.Count => v.ToString("0.#", CultureInfo.InvariantCulture),
        MetricKind.Hours => v.ToString("0.0", CultureInfo.InvariantCulture) + " h",
        _ => v.ToString("0", CultureInfo.InvariantCulture) + " min",
    };
}

public static class MetricCatalog
{
    public static readonly MetricDefinition TicketsOpened = new("tickets_opened", "Tickets opened", MetricKind.Count,
        "Tickets with createDate in the week (local time).", m => m.TicketsOpened);

    public static readonly MetricDefinition TicketsClosed = new("tickets_closed", "Tickets closed", MetricKind.Count,
        "Tickets with completedDate in the week, whatever their create date.", m => m.TicketsClosed);

    public static readonly MetricDefinition SameDayCloseRate = new("same_day_close_rate", "Same-day close rate", MetricKind.Rate,
        "Of the tickets created in the week, the share completed on the same local calendar day they were created.", m => m.SameDayCloseRate);

    public static readonly MetricDefinition Utilization = new("utilization", "Utilization", MetricKind.Rate,
        "Billable hours ÷ total hours of the time entries with dateWorked in the week.", m => m.Utilization);

    public static readonly MetricDefinition AvgResolutionHours = new("avg_resolution_hours", "Avg resolution", MetricKind.Hours,
        "Over tickets closed in the week: mean of completedDate − createDate.", m => m.AvgResolutionHours);

    public static readonly MetricDefinition SlaMetRate = new("sla_met_rate", "SLA met", MetricKind.Rate,
        "Of the tickets closed in the week that have an SLA, the share that met it.", m => m.SlaMetRate);

    public static readonly MetricDefinition OpenBacklog = new("open_backlog", "Open backlog", MetricKind.Count,
        "Tickets created before the week's end and not completed by then.", m => m.OpenBacklog);

    /// <summary>The four measurables of the first dashboard, in display order.</summary>
    public static readonly IReadOnlyList<MetricDefinition> Dashboard = [TicketsOpened, TicketsClosed, SameDayCloseRate, Utilization];

    public static readonly IReadOnlyList<MetricDefinition> All =
        [TicketsOpened, TicketsClosed, SameDayCloseRate, Utilization, AvgResolutionHours, SlaMetRate, OpenBacklog];
}
