using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard queues</c>: every queue's id, name and ticket counts, so nobody hunts for the id behind "ROC".</summary>
static class QueuesCommand
{
    public static Command Create()
    {
        var json = CliOutput.JsonOption();
        var command = new Command("queues", "List the synced queues: id, name, tickets and open tickets.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            await using var db = await host.DbAsync(ct);
            var queues = await db.Picklists.AsNoTracking().Where(p => p.Entity == "Tickets" && p.Field == "queueID")
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Label).ToListAsync(ct);
            if (queues.Count == 0)
            {
                return ScorecardCommandLine.Fail("No queues synced yet: run `scorecard sync` first (or start the server and let it sync).");
            }

            var counts = await db.Tickets.AsNoTracking().Where(t => t.QueueId != null)
                .GroupBy(t => t.QueueId!.Value)
                .Select(g => new { Queue = g.Key, Tickets = g.Count(), Open = g.Count(t => t.CompletedDate == null) })
                .ToDictionaryAsync(c => c.Queue, ct);
            var rows = queues.Select(q => new QueueLine(q.Value, q.Label, q.IsActive,
                counts.GetValueOrDefault(q.Value)?.Tickets ?? 0, counts.GetValueOrDefault(q.Value)?.Open ?? 0)).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(rows);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Name", "Active", "Tickets", "Open");
            foreach (var r in rows)
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Name), r.Active ? "yes" : "no",
                    r.Tickets.ToString(CultureInfo.InvariantCulture), r.Open.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    sealed record QueueLine(int Id, string Name, bool Active, int Tickets, int Open);
}
