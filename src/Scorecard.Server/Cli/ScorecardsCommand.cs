using System.CommandLine;
using Scorecard.Goals;
using Scorecard.Server.Exports;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.ScorecardReports;
using Scorecard.Server.Reports;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecards</c>: the stored scorecards, and one scorecard's grid in colour in the terminal.</summary>
static class ScorecardsCommand
{
    public static Command Create()
    {
        var json = CliOutput.JsonOption();
        var command = new Command("scorecards", "List the scorecards (slug, name, measurables); 'scorecards show <slug>' prints one's grid.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var all = await host.Services.GetRequiredService<ScorecardStore>().ListAsync(ct);
            var lines = all.Select(d => new ScorecardLine(d.Id, d.Slug, d.Name, d.Measurables.Count)).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(lines);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Slug", "Name", "Measurables");
            foreach (var l in lines)
            {
                table.AddRow(l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(l.Slug), Markup.Escape(l.Name),
                    l.Measurables.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        command.Add(Show());
        return command;
    }

    static Command Show()
    {
        var key = new Argument<string>("scorecard") { Description = "Slug or id, e.g. roc." };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks, ending with the current one (default 13).", DefaultValueFactory = _ => 13 };
        var command = new Command("show", "Print a scorecard's grid with goal colours.") { key, weeks };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var definition = await ScorecardDefinitionEndpoints.FindAsync(host.Services.GetRequiredService<ScorecardStore>(), parse.GetValue(key)!, ct);
            var periods = ReportEndpoints.GridWeeks(parse.GetValue(weeks).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null,
                host.Services.GetRequiredService<ReportService>().Calendar, host.Services.GetRequiredService<TimeProvider>());
            var grid = await host.Services.GetRequiredService<ExportService>().GridAsync(definition, periods, ct);
            var table = new Table { Title = new TableTitle(Markup.Escape(grid.Title)) };
            foreach (var h in grid.Headers)
            {
                table.AddColumn(Markup.Escape(h));
            }

            foreach (var row in grid.Rows)
            {
                table.AddRow(row.Select(c => new Markup(c.Status switch
                {
                    GoalStatus.Green => $"[green]{Markup.Escape(c.Text)}[/]",
                    GoalStatus.Yellow => $"[yellow]{Markup.Escape(c.Text)}[/]",
                    GoalStatus.Red => $"[red]{Markup.Escape(c.Text)}[/]",
                    _ => Markup.Escape(c.Text),
                })));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    sealed record ScorecardLine(long Id, string Slug, string Name, int Measurables);
}
