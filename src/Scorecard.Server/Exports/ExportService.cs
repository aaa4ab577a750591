using Microsoft.Extensions.Options;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Exports;

/// <summary>
/// Turns the report service's grid, quarter and drill-down into export tables: the API, the command line and the e-mail
/// use it. A file is kept and forwarded, so it waits for the report of the current data rather than taking the previous one.
/// </summary>
public sealed class ExportService(ReportService reports, DrillDownService drill, IOptions<ExportOptions> options)
{
    const int DrillPageSize = 500;

    public string? FontFolder => options.Value.FontFolder;

    public async Task<ExportTable> GridAsync(ScorecardDefinition definition, IReadOnlyList<Period> weeks, CancellationToken ct)
    {
        var report = await reports.ReportAsync(definition, weeks, ct, waitForFresh: true);
        return ExportTable.FromReport(report, "Grid", weeks.Count == 0 ? "empty" : $"{weeks[0].Key}..{weeks[^1].Key}");
    }

    public async Task<ExportTable> QuarterAsync(ScorecardDefinition definition, Period quarter, IReadOnlyList<Period> weeks, CancellationToken ct) =>
        ExportTable.FromReport(await reports.ReportAsync(definition, weeks, ct, waitForFresh: true), "Quarter", quarter.Key);

    /// <summary>
    /// Every record behind the cell (page after page), so the file always matches the cell's count; or, when the
    /// dashboard's list was sorted or searched, those records in that order (<paramref name="view"/>).
    /// </summary>
    public async Task<ExportTable> DrillDownAsync(ScorecardDefinition definition, MetricDefinition metric, Period period, int? technician, CancellationToken ct,
        DrillExportView? view = null)
    {
        var tickets = new List<DrillTicket>();
        var entries = new List<DrillTimeEntry>();
        DrillDown page;
        var n = 1;
        do
        {
            page = await drill.DrillAsync(definition, metric, period, technician, new DrillPage(n++, DrillPageSize, view?.Sort ?? "id", view?.Descending ?? false), ct);
            tickets.AddRange(page.Tickets);
            entries.AddRange(page.TimeEntries);
        }
        while (tickets.Count + entries.Count < page.TotalRecords && page.Tickets.Count + page.TimeEntries.Count > 0);

        if (view?.KeepTicket is { } keepTicket)
        {
            tickets = tickets.Where(keepTicket).ToList();
        }

        if (view?.KeepTimeEntry is { } keepEntry)
        {
            entries = entries.Where(keepEntry).ToList();
        }

        return ExportTable.FromDrillDown(definition.Slug, definition.Name, metric, period.Key, technician, tickets, entries, page.Cell, view?.Description);
    }
}

/// <summary>The drill-down list as the dashboard showed it: sorted by an API sort field, and only the records its search kept.</summary>
public sealed record DrillExportView(string? Sort, bool Descending, Func<DrillTicket, bool>? KeepTicket, Func<DrillTimeEntry, bool>? KeepTimeEntry,
    string? Description);

/// <summary>The <c>Scorecard:Exports</c> section.</summary>
public sealed class ExportOptions
{
    public const string Section = "Scorecard:Exports";

    /// <summary>Folder with DejaVuSans.ttf for PDFs; Debian's fonts-dejavu-core folder by default.</summary>
    public string? FontFolder { get; set; }
}
