using System.Globalization;
using Scorecard.Goals;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Features.ScorecardReports;

public sealed record ScorecardRef(long Id, string Slug, string Name);

public sealed record PeriodBody(string Key, string Kind, int Year, int Number, string StartDate, string EndDate, bool InProgress)
{
    public static PeriodBody From(Period p, bool inProgress) => new(p.Key, p.Kind.ToString().ToLowerInvariant(), p.Year, p.Number,
        p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inProgress);
}

public sealed record GoalBody(double Target, string Direction, double Tolerance);

public sealed record CellBody(double? Value, double? Numerator, double? Denominator, string Status, bool InProgress)
{
    public static CellBody From(ReportCell c) => new(c.Value, c.Numerator, c.Denominator, StatusName(c.Status), c.InProgress);

    public static string StatusName(GoalStatus s) => s == GoalStatus.None ? "none" : s.ToString().ToLowerInvariant();
}

/// <summary>One metric of a report: what it means, its goal and owner when it is a measurable, each period's cell, average and total.</summary>
public sealed record MetricBody(string Id, string Name, string Unit, string Definition, string Formula, bool IsMeasurable, GoalBody? Goal,
    string? Owner, int? Order, IReadOnlyList<CellBody> Cells, double? Average, double? Total)
{
    public static MetricBody From(ReportRow r) => new(r.Metric.Id, r.Metric.Name, r.Metric.Unit.ToString().ToLowerInvariant(), r.Metric.Definition,
        r.Metric.Formula, r.Measurable is not null,
        r.Measurable?.Goal is { } g ? new GoalBody(g.Target, g.Direction == GoalDirection.AtLeast ? "at_least" : "at_most", g.Tolerance) : null,
        r.Measurable?.Owner, r.Measurable?.Order, r.Cells.Select(CellBody.From).ToList(), r.Average, r.Total);
}

/// <summary>A grid (N weeks) or a quarter's weeks: every metric of the catalogue, measurables marked, with the data version it was computed at.</summary>
public sealed record ReportBody(ScorecardRef Scorecard, string TimeZone, string WeekStart, PeriodBody? Quarter, IReadOnlyList<PeriodBody> Periods,
    IReadOnlyList<MetricBody> Metrics, IReadOnlyList<string> Warnings, long DataVersion)
{
    public static ReportBody From(Report r, ReportingCalendar calendar, PeriodBody? quarter = null) => new(
        new ScorecardRef(r.Scorecard.Id, r.Scorecard.Slug, r.Scorecard.Name), calendar.Zone.Id, calendar.WeekStart.ToString().ToLowerInvariant(),
        quarter, r.Columns.Select(c => PeriodBody.From(c.Period, c.InProgress)).ToList(), r.Rows.Select(MetricBody.From).ToList(), r.Warnings, r.DataVersion);
}

public sealed record TechnicianMetricBody(string Id, double? Value, double? Numerator, double? Denominator, string Status);

public sealed record TechnicianBody(int ResourceId, string? Name, IReadOnlyList<TechnicianMetricBody> Metrics);

public sealed record TechniciansBody(ScorecardRef Scorecard, PeriodBody Period, IReadOnlyList<TechnicianBody> Technicians, IReadOnlyList<string> Warnings, long DataVersion)
{
    public static TechniciansBody From(TechnicianReport t, DateTime now) => new(new ScorecardRef(t.Scorecard.Id, t.Scorecard.Slug, t.Scorecard.Name),
        PeriodBody.From(t.Period, t.Period.IsInProgressAt(now)),
        t.Technicians.Select(x => new TechnicianBody(x.ResourceId, x.Name, x.Report.Rows.Select(r =>
            new TechnicianMetricBody(r.Metric.Id, r.Cells[0].Value, r.Cells[0].Numerator, r.Cells[0].Denominator, CellBody.StatusName(r.Cells[0].Status))).ToList())).ToList(),
        t.Warnings, t.DataVersion);
}

/// <summary>A cell explained: formula, numerator, denominator and one page of the records behind it.</summary>
public sealed record DrillDownBody(ScorecardRef Scorecard, string Metric, string Name, string Definition, string Formula, PeriodBody Period,
    int? Technician, double? Value, double? Numerator, double? Denominator, string RecordType, int TotalRecords, int Page, int PageSize,
    string Sort, bool Descending, IReadOnlyList<object> Records)
{
    public static DrillDownBody From(Scorecard.Definitions.ScorecardDefinition d, DrillDown x, string sort) => new(
        new ScorecardRef(d.Id, d.Slug, d.Name), x.Metric.Id, x.Metric.Name, x.Metric.Definition, x.Metric.Formula,
        PeriodBody.From(x.Period, x.Cell.InProgress), x.Technician, x.Cell.Value, x.Cell.Numerator, x.Cell.Denominator,
        x.Metric.IsTimeMetric ? "time_entry" : "ticket", x.TotalRecords, x.Page.Page, x.Page.PageSize, sort, x.Page.Descending,
        x.Metric.IsTimeMetric ? x.TimeEntries.Cast<object>().ToList() : x.Tickets.Cast<object>().ToList());
}
