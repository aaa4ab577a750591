using System.Globalization;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Reports;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>
/// One week as the prototype returned it. <c>metrics</c> holds every metric of the catalogue by id
/// (rates as fractions 0–1), plus <c>closed_same_day</c>, the same-day rate's numerator, as before.
/// </summary>
public sealed record WeeklyResponse(int Week, int Year, string StartDate, string EndDate, string TimeZone, bool InProgress,
    string? Queue, string? Scorecard, Dictionary<string, object?> Metrics, IReadOnlyList<string> Warnings)
{
    public static WeeklyResponse From(Report report, int column, ReportingCalendar calendar)
    {
        var c = report.Columns[column];
        var metrics = new Dictionary<string, object?>();
        foreach (var row in report.Rows)
        {
            metrics[row.Metric.Id] = Json(row.Metric, row.Cells[column].Value);
            if (row.Metric.Id == "same_day_close_rate")
            {
                metrics["closed_same_day"] = c.Totals.ClosedSameDay;
            }
        }

        return new(c.Period.Number, c.Period.Year, Iso(c.Period.Start), Iso(c.Period.LastDay), calendar.Zone.Id, c.InProgress,
            QueueLabel(report), ScorecardSlug(report), metrics, report.Warnings);
    }

    /// <summary>Counts as whole numbers, summed hours as exact decimals, the rest as they are.</summary>
    public static object? Json(MetricDefinition metric, double? value) => value is not { } v ? null : metric.Unit switch
    {
        MetricUnit.Count => (long)Math.Round(v),
        MetricUnit.Hours when metric.HasQuarterTotal => Math.Round((decimal)v, 4),
        _ => v,
    };

    /// <summary>The prototype named the queue it was asked for; null for the whole tenant or a stored scorecard.</summary>
    public static string? QueueLabel(Report r) => r.Scorecard.Id == 0 && r.Scorecard.Filter.QueuesIn.Count == 1 ? r.Scorecard.Name : null;

    public static string? ScorecardSlug(Report r) => r.Scorecard.Id == 0 ? null : r.Scorecard.Slug;

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// A quarter: the weeks that start in it and, per metric, the average of its finished weeks
/// (<c>{metric}_avg</c>, the EOS "Q Avg") and, for counts and hours, their total.
/// </summary>
public sealed record QuarterlyResponse(int Quarter, int Year, string StartDate, string EndDate, string TimeZone, string? Queue, string? Scorecard,
    IReadOnlyList<WeeklyResponse> Weeks, Dictionary<string, double?> AvgMetrics, Dictionary<string, object?> Totals, IReadOnlyList<string> Warnings)
{
    public static QuarterlyResponse From(Period quarter, Report report, ReportingCalendar calendar) => new(
        quarter.Number, quarter.Year, quarter.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        quarter.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), calendar.Zone.Id,
        WeeklyResponse.QueueLabel(report), WeeklyResponse.ScorecardSlug(report),
        report.Columns.Select((_, i) => WeeklyResponse.From(report, i, calendar)).ToList(),
        report.Rows.ToDictionary(r => r.Metric.Id + "_avg", r => r.Average),
        report.Rows.Where(r => r.Metric.HasQuarterTotal).ToDictionary(r => r.Metric.Id, r => WeeklyResponse.Json(r.Metric, r.Total)),
        report.Warnings);
}
