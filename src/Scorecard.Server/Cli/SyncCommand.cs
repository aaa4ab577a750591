using System.CommandLine;
using Scorecard.Server.Autotask;
using Scorecard.Server.Sync;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard sync [--full] [--entity …]</c>: one sync cycle now, with progress and a summary.</summary>
static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Reload everything from Autotask; at the end, rows Autotask no longer has are removed." };
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

        var known = host.Services.GetRequiredService<SyncEntities>().Names;
        var unknown = entities.Where(e => !known.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            return ScorecardCommandLine.Fail($"Unknown entity {string.Join(", ", unknown)}. Known: {string.Join(", ", known)}.", ExitCodes.NotFound);
        }

        await host.StartAutotaskAsync(ct);
        var runner = host.Services.GetRequiredService<SyncRunner>();
        var requests = entities.Length == 0
            ? [new SyncRequest(null, full)]
            : entities.Select(e => new SyncRequest(known.First(k => k.Equals(e, StringComparison.OrdinalIgnoreCase)), full)).Distinct().ToList();

        // Exactly the server's cycles: a first sync loads history a slice at a time, so cycles repeat until none is left.
        var results = new Dictionary<string, SyncStepResult>(StringComparer.OrdinalIgnoreCase);
        foreach (var first in requests)
        {
            var request = first;
            SyncCycleResult cycle;
            do
            {
                var label = request.Entity ?? "every entity";
                cycle = await AnsiConsole.Status().StartAsync($"Syncing {label}…", ctx => RunShowingHistoryAsync(host, runner.RunOnceAsync(request, ct), ctx, label, request.Covers, ct));
                if (cycle.WasLocked)
                {
                    return ScorecardCommandLine.Fail("Another instance holds the sync lock and is syncing now; try again when it is done.", ExitCodes.Failed);
                }

                // A first sync loads history a slice per cycle: say after each how far it has come.
                foreach (var (name, backfill) in (await HistoryProgress.ReadAsync(host.Services, ct)).Where(x => request.Covers(x.Entity)))
                {
                    AnsiConsole.WriteLine(HistoryProgress.Line(name, backfill));
                }

                foreach (var step in cycle.Steps)
                {
                    results[step.Entity] = results.TryGetValue(step.Entity, out var before)
                        ? step with { Records = before.Records + step.Records, Skipped = before.Skipped && step.Skipped }
                        : step;
                }

                request = request with { Full = false }; // a reload is asked for once; the following cycles load what it left
            }
            while (cycle.MoreHistory && !ct.IsCancellationRequested);
        }

        var table = new Table().AddColumns("Entity", "Records", "Result");
        foreach (var r in results.Values)
        {
            table.AddRow(Markup.Escape(r.Entity), r.Records.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Error is not null ? $"[red]failed:[/] {Markup.Escape(r.Error)}" : r.Skipped ? "[grey]not due[/]" : "[green]ok[/]");
        }

        AnsiConsole.Write(table);
        return results.Values.All(r => r.Error is null) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>While the cycle runs, the spinner's text follows the history load (on a terminal; redirected output gets the lines after each cycle).</summary>
    static async Task<SyncCycleResult> RunShowingHistoryAsync(CliHost host, Task<SyncCycleResult> cycle, StatusContext status, string label,
        Func<string, bool> covers, CancellationToken ct)
    {
        var clock = host.Services.GetRequiredService<TimeProvider>();
        while (await Task.WhenAny(cycle, Task.Delay(TimeSpan.FromSeconds(2), clock, ct)) != cycle)
        {
            var loading = (await HistoryProgress.ReadAsync(host.Services, ct)).Where(x => covers(x.Entity) && !x.Backfill.Complete).ToList();
            status.Status(Markup.Escape($"Syncing {label}… " + string.Join("; ", loading.Select(x => HistoryProgress.Line(x.Entity, x.Backfill)))));
        }

        return await cycle;
    }
}
