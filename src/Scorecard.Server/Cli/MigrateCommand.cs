using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard migrate</c>: brings the database schema up to date (serve does it too, unless turned off).</summary>
static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations and say which ran. Useful with Scorecard:Database:MigrateOnStartup=false, e.g. before starting several instances.");
        command.SetAction(async (_, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: false, ct);
            await using var db = await host.DbAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            if (pending.Count == 0)
            {
                AnsiConsole.MarkupLine("The database is up to date.");
            }
            else
            {
                AnsiConsole.MarkupLine($"Applied {pending.Count} migration(s):");
                foreach (var m in pending)
                {
                    AnsiConsole.WriteLine($"  {m}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
