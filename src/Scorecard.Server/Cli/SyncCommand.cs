using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Autotask;
using Scorecard.Server.Sync;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard sync [--full] [--entity …]</c>: one sync cycle now, with progress and a summary.</summary>
static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Forget the watermarks and reload everything (rows are updated in place; nothing is lost)." };
        var entity = new Option<string[]>("--entity", "-e")
        {
            Description = "Only these entities (repeatable), e.g. --entity Tickets. Default: all, in dependency order.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("sync", "Sync Autotask into the database once, now (the server also syncs on its own schedule).") { full, entity };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(full), parse.GetValue(entity) ?? [], ct));
        return command;
    }

    static async Task<int> RunAsync(bool full, string[] entities, CancellationToken ct)
    {
        await using var host = await CliHost.StartAsync(migrate: true, ct);
        if (host.Mode == AutotaskMode.NotConfigured)
        {
            return ScorecardCommandLine.Fail("No Autotask to sync from: set AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE, or enable the demo (Scorecard:Demo:Enabled=true).");
        }

        await using var scope = host.Services.CreateAsyncScope();
        var steps = scope.ServiceProvider.GetServices<ISyncStep>().ToList();
        var unknown = entities.Where(e => !steps.Any(s => s.Entity.Equals(e, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            return ScorecardCommandLine.Fail($"Unknown entity {string.Join(", ", unknown)}. Known: {string.Join(", ", steps.Select(s => s.Entity))}.", ExitCodes.NotFound);
        }

        var chosen = entities.Length == 0 ? steps : steps.Where(s => entities.Contains(s.Entity, StringComparer.OrdinalIgnoreCase)).ToList();
        await host.StartAutotaskAsync(ct);
        if (full)
        {
            await ForgetWatermarksAsync(host, chosen.Select(s => s.Entity).ToList(), ct);
        }

        var results = new List<SyncStepResult>();
        if (entities.Length == 0)
        {
            // The whole cycle, exactly as the server runs it.
            var cycle = await AnsiConsole.Status().StartAsync("Syncing every entity…", _ => host.Services.GetRequiredService<SyncRunner>().RunOnceAsync(ct));
            results.AddRange(cycle.Steps);
        }
        else
        {
            foreach (var step in chosen)
            {
                results.Add(await AnsiConsole.Status().StartAsync($"Syncing {step.Entity}…", async _ =>
                {
                    try
                    {
                        return new SyncStepResult(step.Entity, await step.RunAsync(ct), null);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        return new SyncStepResult(step.Entity, 0, ex.Message);
                    }
                }));
            }
        }

        var table = new Table().AddColumns("Entity", "Records", "Result");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.Entity), r.Records.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Error is null ? "[green]ok[/]" : $"[red]failed:[/] {Markup.Escape(r.Error)}");
        }

        AnsiConsole.Write(table);
        return results.All(r => r.Error is null) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    static async Task ForgetWatermarksAsync(CliHost host, List<string> entities, CancellationToken ct)
    {
        await using var db = await host.DbAsync(ct);
        await db.SyncStates.Where(s => entities.Contains(s.Entity))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Watermark, (DateTime?)null).SetProperty(x => x.ResumeAfterId, (long?)null)
                .SetProperty(x => x.PendingWatermark, (DateTime?)null), ct);
    }
}
