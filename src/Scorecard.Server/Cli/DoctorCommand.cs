using System.CommandLine;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary>
/// <c>scorecard doctor</c>: checks settings, time zone, database, accounts, Autotask credentials,
/// permissions and budget; each problem says what to do. Exit code 1 when any check fails.
/// </summary>
static class DoctorCommand
{
    public static Command Create()
    {
        var offline = new Option<bool>("--offline") { Description = "Skip the checks that call Autotask (they cost a few API calls)." };
        var command = new Command("doctor", "Check the installation and say what to fix.") { offline };
        command.SetAction(async (parse, ct) =>
        {
            var checks = new List<DoctorCheck>();
            try
            {
                await using var host = await CliHost.StartAsync(migrate: false, ct);
                checks.Add(DoctorCheck.Pass("Settings", "Every setting is valid."));
                checks.AddRange(await DoctorChecks.LocalAsync(host, ct));
                if (!parse.GetValue(offline))
                {
                    checks.AddRange(await DoctorChecks.AutotaskAsync(host, ct));
                }
            }
            catch (Exception ex) when (ex is Microsoft.Extensions.Options.OptionsValidationException or Configuration.SettingsException)
            {
                checks.Add(DoctorCheck.Fail("Settings", ex.Message, "Fix the setting named (environment variable or appsettings.json); see the configuration reference in the README."));
            }

            var table = new Table().AddColumns("Check", "Status", "Details");
            foreach (var c in checks)
            {
                var status = c.Level switch { DoctorLevel.Pass => "[green]ok[/]", DoctorLevel.Warn => "[yellow]warning[/]", _ => "[red]problem[/]" };
                var details = Markup.Escape(c.Detail) + (c.Fix is null ? "" : $"\n[dim]→ {Markup.Escape(c.Fix)}[/]");
                table.AddRow(new Markup(Markup.Escape(c.Name)), new Markup(status), new Markup(details));
            }

            AnsiConsole.Write(table);
            var failed = checks.Count(c => c.Level == DoctorLevel.Fail);
            AnsiConsole.WriteLine(failed == 0 ? "No problems found." : $"{failed} problem(s) found.");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}

public enum DoctorLevel
{
    Pass,
    Warn,
    Fail,
}

/// <summary>One line of the doctor's report: what was checked, how it went, and what to do about it.</summary>
public sealed record DoctorCheck(string Name, DoctorLevel Level, string Detail, string? Fix)
{
    public static DoctorCheck Pass(string name, string detail) => new(name, DoctorLevel.Pass, detail, null);

    public static DoctorCheck Warn(string name, string detail, string fix) => new(name, DoctorLevel.Warn, detail, fix);

    public static DoctorCheck Fail(string name, string detail, string fix) => new(name, DoctorLevel.Fail, detail, fix);
}
