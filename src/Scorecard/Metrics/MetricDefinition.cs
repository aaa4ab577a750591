using System.Globalization;
using Scorecard.Goals;

namespace Scorecard.Metrics;

public enum MetricUnit
{
    Count,
    Rate,
    Hours,
    Minutes,
    PerDay,
}

/// <summary>Which records stand behind a metric's number (what a drill-down lists).</summary>
public enum MetricRecords
{
    TicketsOpened,
    TicketsSameDay,
    TicketsFirstResponse,
    TicketsClosed,
    TicketsClosedWithSla,
    TicketsOpenAtEnd,
    TicketsAgedAtEnd,
    TimeEntries,
    BillableTimeEntries,
}

/// <summary>A metric's value with the numerator and denominator it came from (null where they do not apply).</summary>
public readonly record struct Measure(double? Value, double? Numerator, double? Denominator)
{
    public static Measure Ratio(double numerator, double denominator) =>
        new(denominator == 0 ? null : numerator / denominator, numerator, denominator);

    public static Measure Count(double value) => new(value, value, null);
}

/// <summary>
/// A metric of the catalogue (design.md §3): its id, name, unit, definition text, formula, whether
/// its quarter has a total (counts and hours do; rates and levels do not), the direction a goal
/// usually takes, the records behind it, and how it is measured from a period's totals.
/// </summary>
public sealed record MetricDefinition(
    string Id,
    string Name,
    MetricUnit Unit,
    string Definition,
    string Formula,
    bool HasQuarterTotal,
    GoalDirection DefaultDirection,
    MetricRecords Records,
    Func<PeriodTotals, Measure> Measure)
{
    /// <summary>The value as a person reads it: 62.9 %, 41, 3.5 h.</summary>
    public string Format(double? value) => value is not { } v ? "–" : Unit switch
    {
        MetricUnit.Rate => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        MetricUnit.Count => v.ToString("0.#", CultureInfo.InvariantCulture),
        MetricUnit.Hours => v.ToString("0.0", CultureInfo.InvariantCulture) + " h",
        MetricUnit.PerDay => v.ToString("0.00", CultureInfo.InvariantCulture) + " /day",
        _ => v.ToString("0", CultureInfo.InvariantCulture) + " min",
    };

    public bool IsTimeMetric => Records is MetricRecords.TimeEntries or MetricRecords.BillableTimeEntries;
}
