using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Periods;

namespace Scorecard.Reports;

/// <summary>Turns a definition and the totals of its periods into a <see cref="Report"/>: measures, goal colours, averages and totals.</summary>
public static class ReportBuilder
{
    public static Report Build(ScorecardDefinition scorecard, IReadOnlyList<(Period Period, PeriodTotals Totals)> periods, DateTime nowUtc,
        IReadOnlyList<string> warnings, long dataVersion)
    {
        var columns = periods.Select(p => new ReportColumn(p.Period, p.Period.IsInProgressAt(nowUtc), p.Totals)).ToList();
        var rows = MetricCatalog.All.Select(metric => BuildRow(metric, scorecard.MeasurableFor(metric.Id), columns)).ToList();
        return new Report(scorecard, columns, rows, warnings, dataVersion, nowUtc);
    }

    static ReportRow BuildRow(MetricDefinition metric, Measurable? measurable, IReadOnlyList<ReportColumn> columns)
    {
        var cells = columns.Select(c =>
        {
            var m = metric.Measure(c.Totals);
            // The period in progress is shown but never coloured: its numbers are still moving.
            var status = c.InProgress || measurable?.Goal is not { } goal ? GoalStatus.None : goal.Evaluate(m.Value);
            return new ReportCell(m.Value, m.Numerator, m.Denominator, status, c.InProgress);
        }).ToList();

        var finished = cells.Where(c => !c.InProgress && c.Value is not null).Select(c => c.Value!.Value).ToList();
        var average = finished.Count == 0 ? (double?)null : finished.Average();
        double? total = metric.HasQuarterTotal ? cells.Where(c => !c.InProgress).Sum(c => c.Value ?? 0) : null;
        return new ReportRow(metric, measurable, cells, average, total);
    }
}
