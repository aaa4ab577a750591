using Scorecard.Server.Dashboard.Shared;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.ScorecardReports;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Exports;

/// <summary>
/// Files of a scorecard's grid, quarter and drill-down: <c>…/export?format=csv|xlsx|pdf</c> beside each
/// JSON endpoint, with the same parameters. The file name says scorecard and period.
/// </summary>
static class ExportEndpoints
{
    public static WebApplicationBuilder AddScorecardExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section);
        builder.Services.AddSingleton<ExportService>();
        return builder;
    }

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/scorecards/{key}").WithTags("Exports").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("/grid/export", Grid).WithName("ExportScorecardGrid").WithSummary("The grid as CSV, XLSX (goal colours) or PDF (goal colours, trend chart).");
        g.MapGet("/quarter/export", Quarter).WithName("ExportScorecardQuarter").WithSummary("A quarter as CSV, XLSX or PDF.");
        g.MapGet("/drilldown/export", DrillDown).WithName("ExportScorecardDrillDown").WithSummary("Every record behind one cell as CSV, XLSX or PDF.");
    }

    static async Task<IResult> Grid(string key, string? format, string? weeks, string? week, string? year, string? date, ScorecardStore store,
        ReportService reports, ExportService exports, TimeProvider clock, CancellationToken ct)
    {
        var f = ExportFormats.Parse(format);
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var table = await exports.GridAsync(definition, ReportEndpoints.GridWeeks(weeks, week, year, date, reports.Calendar, clock), ct);
        return File(table, f, exports);
    }

    static async Task<IResult> Quarter(string key, string? format, string? quarter, string? year, ScorecardStore store, ReportService reports,
        ExportService exports, TimeProvider clock, CancellationToken ct)
    {
        var f = ExportFormats.Parse(format);
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var (q, weeks) = ReportEndpoints.QuarterWeeks(quarter, year, reports.Calendar, clock);
        return File(await exports.QuarterAsync(definition, q, weeks, ct), f, exports);
    }

    /// <summary>Every record behind one cell; <c>sort</c>/<c>desc</c> and <c>search</c> give the dashboard's list as it was shown.</summary>
    static async Task<IResult> DrillDown(string key, string? format, string? metric, string? period, string? technician, string? sort, string? desc,
        string? search, ScorecardStore store, ReportService reports, ExportService exports, Labels names, CancellationToken ct)
    {
        var f = ExportFormats.Parse(format);
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var (m, p, tech) = ReportEndpoints.DrillCell(metric, period, technician, reports.Calendar);
        var (sortBy, descending) = ReportEndpoints.DrillSort(m, sort, desc);
        DrillExportView? view = null;
        if (!string.IsNullOrWhiteSpace(sort) || !string.IsNullOrWhiteSpace(search))
        {
            if (search is { Length: > 200 })
            {
                throw Api.ProblemException.BadRequest("search is longer than 200 characters.");
            }

            await names.LoadAsync(ct);
            var words = string.Join(", ", new[]
            {
                string.IsNullOrWhiteSpace(sort) ? null : $"sorted by {sortBy}{(descending ? " descending" : "")}",
                string.IsNullOrWhiteSpace(search) ? null : $"records matching '{search.Trim()}'",
            }.OfType<string>());
            view = new DrillExportView(sortBy, descending,
                string.IsNullOrWhiteSpace(search) ? null : t => DrillSearch.Matches(search, DrillSearch.TicketTexts(t, names)),
                string.IsNullOrWhiteSpace(search) ? null : e => DrillSearch.Matches(search, DrillSearch.TimeEntryTexts(e, names)), words);
        }

        return File(await exports.DrillDownAsync(definition, m, p, tech, ct, view), f, exports);
    }

    static IResult File(ExportTable table, ExportFormat f, ExportService exports) =>
        TypedResults.File(ExportFormats.Write(table, f, exports.FontFolder), ExportFormats.ContentType(f), ExportFormats.FileName(table, f));
}
