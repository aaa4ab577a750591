using System.Globalization;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Reports;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Exports;

/// <summary>One cell of an export: the text a person reads, the number a spreadsheet keeps, and the goal colour.</summary>
public sealed record ExportCell(string Text, double? Number = null, GoalStatus Status = GoalStatus.None, string? NumberFormat = null);

/// <summary>A chart series for the PDF: a measurable's values over the periods, with its goal.</summary>
public sealed record ExportSeries(string Name, IReadOnlyList<double?> Values, double? Goal, MetricUnit Unit);

/// <summary>
/// What every export renders (CSV, XLSX, PDF, the e-mail): a title, a table and, for reports, the
/// series of a trend chart. Built from the report service's output; exports compute nothing.
/// </summary>
public sealed record ExportTable(string Title, string Subtitle, string FileStem, IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<ExportCell>> Rows, IReadOnlyList<string> PeriodLabels, IReadOnlyList<ExportSeries> Series)
{
    /// <summary>The scorecard's measurables over the report's periods, with goal, owner, average and total.</summary>
    public static ExportTable FromReport(Report report, string kind, string periodLabel)
    {
        var periods = report.Columns.Select(c => c.Period.Key + (c.InProgress ? " (in progress)" : "")).ToList();
        var headers = new List<string> { "Measurable", "Owner", "Goal" };
        headers.AddRange(periods);
        headers.Add("Average");
        headers.Add("Total");
        var rows = report.MeasurableRows.Select(r =>
        {
            var format = ExcelFormat(r.Metric.Unit);
            var cells = new List<ExportCell> { new(r.Metric.Name), new(r.Measurable?.Owner ?? ""), new(GoalText(r)) };
            cells.AddRange(r.Cells.Select(c => new ExportCell(r.Metric.Format(c.Value), c.Value, c.Status, format)));
            cells.Add(new ExportCell(r.Metric.Format(r.Average), r.Average, GoalStatus.None, format));
            cells.Add(new ExportCell(r.Total is { } t ? r.Metric.Format(t) : "", r.Total, GoalStatus.None, format));
            return (IReadOnlyList<ExportCell>)cells;
        }).ToList();
        var series = report.MeasurableRows.Select(r => new ExportSeries(r.Metric.Name, r.Cells.Select(c => c.Value).ToList(),
            r.Measurable?.Goal?.Target, r.Metric.Unit)).ToList();
        return new ExportTable($"{report.Scorecard.Name}: {kind}", $"{periodLabel}, data version {report.DataVersion}",
            $"{report.Scorecard.Slug}-{kind.ToLowerInvariant()}-{periodLabel}", headers, rows, report.Columns.Select(c => c.Period.Key).ToList(), series);
    }

    /// <summary>Every record behind one cell, under the API's field names.</summary>
    public static ExportTable FromDrillDown(string slug, string scorecardName, MetricDefinition metric, string periodKey, int? technician,
        IReadOnlyList<DrillTicket> tickets, IReadOnlyList<DrillTimeEntry> entries, ReportCell cell, string? view = null)
    {
        var subtitle = $"{periodKey}{(technician is { } t ? $", technician {t}" : "")}: {metric.Format(cell.Value)} ({metric.Formula}){(view is null ? "" : $"; {view}")}";
        var stem = $"{slug}-{metric.Id}-{periodKey}{(technician is { } tech ? $"-tech{tech}" : "")}-records";
        if (metric.IsTimeMetric)
        {
            return new ExportTable($"{scorecardName}: {metric.Name}", subtitle, stem,
                ["id", "resource_id", "ticket_id", "task_id", "date_worked", "hours_worked", "is_non_billable"],
                entries.Select(e => (IReadOnlyList<ExportCell>)[Num(e.Id), Num(e.ResourceId), Num(e.TicketId), Num(e.TaskId),
                    new(e.DateWorked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Num((double)e.HoursWorked), new(e.IsNonBillable ? "true" : "false")]).ToList(),
                [], []);
        }

        return new ExportTable($"{scorecardName}: {metric.Name}", subtitle, stem,
            ["id", "ticket_number", "title", "queue_id", "company_id", "status", "priority", "technician", "create_date", "completed_date",
             "resolution_hours", "first_response_minutes", "closed_same_day", "sla_met"],
            tickets.Select(x => (IReadOnlyList<ExportCell>)[Num(x.Id), new(x.TicketNumber ?? ""), new(x.Title ?? ""), Num(x.QueueId), Num(x.CompanyId),
                Num(x.Status), Num(x.Priority), Num(x.Technician), new(Utc(x.CreateDate)), new(x.CompletedDate is { } c ? Utc(c) : ""),
                Num(x.ResolutionHours), Num(x.FirstResponseMinutes), new(x.ClosedSameDay ? "true" : "false"),
                new(x.ServiceLevelAgreementHasBeenMet is { } met ? (met ? "true" : "false") : "")]).ToList(),
            [], []);
    }

    static ExportCell Num(double? v) => new(v?.ToString(CultureInfo.InvariantCulture) ?? "", v);

    static string Utc(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static string GoalText(ReportRow r) => r.Measurable?.Goal is not { } g ? ""
        : (g.Direction == GoalDirection.AtLeast ? "≥ " : "≤ ") + r.Metric.Format(g.Target);

    static string ExcelFormat(MetricUnit unit) => unit switch
    {
        MetricUnit.Rate => "0.0%",
        MetricUnit.Count => "0",
        _ => "0.00",
    };

    /// <summary>The dashboard's goal colours (green met, yellow within tolerance, red missed), as hex.</summary>
    public static string? Colour(GoalStatus s) => s switch
    {
        GoalStatus.Green => "#D9F2E0",
        GoalStatus.Yellow => "#FFF3C4",
        GoalStatus.Red => "#FBD9D7",
        _ => null,
    };
}
