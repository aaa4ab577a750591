using System.CommandLine;
using Scorecard.Server.Exports;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.ScorecardReports;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Cli;

/// <summary><c>export</c>: a scorecard's grid, quarter or drill-down to a CSV, XLSX or PDF file, as the API gives it.</summary>
static class ExportCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("scorecard") { Description = "Slug or id, e.g. roc." };
        var report = new Option<string>("--report") { Description = "grid (default), quarter or drilldown.", DefaultValueFactory = _ => "grid" };
        report.AcceptOnlyFromAmong("grid", "quarter", "drilldown");
        var format = new Option<string>("--format", "-f") { Description = "csv (default), xlsx or pdf.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "pdf");
        var weeks = new Option<string?>("--weeks") { Description = "grid: how many weeks (default 13)." };
        var week = new Option<string?>("--week") { Description = "grid: the last week (ISO number; with --year)." };
        var year = new Option<string?>("--year") { Description = "grid or quarter: the year." };
        var quarter = new Option<string?>("--quarter") { Description = "quarter: 1 to 4 (default: the current one)." };
        var metric = new Option<string?>("--metric") { Description = "drilldown: the metric id, e.g. tickets_opened." };
        var period = new Option<string?>("--period") { Description = "drilldown: 2026-W47, 2026-Q4 or 2026-11-01..2026-11-30." };
        var output = new Option<string?>("--output", "-o") { Description = "File or folder to write (default: the current folder, under the file's own name)." };
        var command = new Command("export", "Write a scorecard's grid, quarter or drill-down records to a file; prints the file's path.")
        {
            key, report, format, weeks, week, year, quarter, metric, period, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var services = host.Services;
            var exports = services.GetRequiredService<ExportService>();
            var calendar = services.GetRequiredService<ReportService>().Calendar;
            var clock = services.GetRequiredService<TimeProvider>();
            var definition = await ScorecardDefinitionEndpoints.FindAsync(services.GetRequiredService<ScorecardStore>(), parse.GetValue(key)!, ct);
            ExportTable table;
            switch (parse.GetValue(report))
            {
                case "quarter":
                    var (q, quarterWeeks) = ReportEndpoints.QuarterWeeks(parse.GetValue(quarter), parse.GetValue(year), calendar, clock);
                    table = await exports.QuarterAsync(definition, q, quarterWeeks, ct);
                    break;
                case "drilldown":
                    var (m, p, tech) = ReportEndpoints.DrillCell(parse.GetValue(metric), parse.GetValue(period), null, calendar);
                    table = await exports.DrillDownAsync(definition, m, p, tech, ct);
                    break;
                default:
                    table = await exports.GridAsync(definition,
                        ReportEndpoints.GridWeeks(parse.GetValue(weeks), parse.GetValue(week), parse.GetValue(year), null, calendar, clock), ct);
                    break;
            }

            var f = ExportFormats.Parse(parse.GetValue(format));
            var target = parse.GetValue(output);
            var path = target is null ? ExportFormats.FileName(table, f)
                : Directory.Exists(target) ? Path.Combine(target, ExportFormats.FileName(table, f)) : target;
            await File.WriteAllBytesAsync(path, ExportFormats.Write(table, f, exports.FontFolder), ct);
            Console.Out.WriteLine(Path.GetFullPath(path));
            return ExitCodes.Ok;
        });
        return command;
    }
}
