using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Periods;

namespace Scorecard.Reports;

/// <summary>One metric in one period: value, numerator, denominator, goal colour and whether the period is still running.</summary>
public sealed record ReportCell(double? Value, double? Numerator, double? Denominator, GoalStatus Status, bool InProgress);

/// <summary>A period of the report with the totals its cells were measured from.</summary>
public sealed record ReportColumn(Period Period, bool InProgress, PeriodTotals Totals);

/// <summary>
/// One metric across the report's periods. <see cref="Average"/> is the mean of the finished periods
/// that have a value (the EOS "Q Avg"); <see cref="Total"/> their sum, for metrics that have one.
/// </summary>
public sealed record ReportRow(MetricDefinition Metric, Measurable? Measurable, IReadOnlyList<ReportCell> Cells, double? Average, double? Total);

/// <summary>
/// A scorecard over a span of periods: every metric of the catalogue in catalogue order, the
/// warnings about filters that name things Autotask no longer has, and the data version it was
/// computed at. Immutable, so one instance can be cached and shared by every viewer.
/// </summary>
public sealed record Report(
    ScorecardDefinition Scorecard,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<string> Warnings,
    long DataVersion,
    DateTime ComputedUtc)
{
    public ReportRow Row(string metricId) =>
        Rows.FirstOrDefault(r => string.Equals(r.Metric.Id, metricId, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Unknown metric '{metricId}'.");

    /// <summary>The scorecard's measurables in their order; the catalogue's default four when it names none.</summary>
    public IReadOnlyList<ReportRow> MeasurableRows => Scorecard.Measurables.Count > 0
        ? Scorecard.Measurables.OrderBy(m => m.Order).Select(m => Row(m.MetricId)).ToList()
        : MetricCatalog.DefaultMeasurables.Select(Row).ToList();
}
