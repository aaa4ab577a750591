using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Mapping;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// SLA results have no stamp of their own, but follow their ticket: the first run loads them all by id (its watermark is the cycle's start);
/// later runs read the results of the tickets whose <c>lastActivityDate</c> moved since the last run
/// (500 tickets a call), storing them and removing results those tickets no longer have. Its watermark is
/// the tickets' watermark when it ran, so a ticket change the ticket step stores later is still covered.
/// </summary>
sealed class SlaResultStep(SyncParts parts) : ModifiedSinceStep<ServiceLevelAgreementResult, SlaResultRow>(
    "ServiceLevelAgreementResults", "id", a => a.ServiceLevelAgreementResults, WorkMapping.ToRow, parts)
{
    const int TicketsPerCall = 500;

    public override async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var tickets = await Parts.States.GetAsync("Tickets", cancellationToken);
        if (tickets.Watermark is not { } ticketsWatermark)
        {
            return; // results follow tickets: nothing to do before the tickets' first window is stored
        }

        var state = await Parts.States.GetAsync(Entity, cancellationToken);
        if (state.Watermark is not { } since)
        {
            // Loaded whole from the cycle's start: a later ticket change moves its lastActivityDate past that.
            await FirstLoadAsync(run, state, cancellationToken);
            return;
        }

        var from = DateTime.SpecifyKind(since - Parts.Options.Value.Sync.Overlap, DateTimeKind.Utc);
        List<int> changed;
        await using (var db = await Parts.Storage.Databases.CreateDbContextAsync(cancellationToken))
        {
            changed = await db.Tickets.AsNoTracking().Where(t => t.LastActivityDate >= from).Select(t => (int)t.Id).ToListAsync(cancellationToken);
        }

        var chunks = changed.Chunk(TicketsPerCall).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var rows = new List<SlaResultRow>();
            if (chunk.Length > 0)
            {
                await foreach (var r in Source.QueryAsync(AutotaskFilter.In("ticketID", chunk), null, cancellationToken))
                {
                    rows.Add(Map(r, run.Started));
                }
            }

            await using var write = await Parts.Storage.BeginAsync(cancellationToken, run.AddStoring);
            await write.UpsertAsync(rows, cancellationToken);
            var kept = rows.Select(r => r.Id).ToArray();
            await write.DeleteAsync<SlaResultRow>(s => chunk.Contains(s.TicketId) && !kept.Contains(s.Id), cancellationToken);
            if (i == chunks.Count - 1)
            {
                state.Watermark = ticketsWatermark;
            }

            write.Save(state);
            await write.CommitAsync(cancellationToken);
            run.Stored(rows.Count);
        }
    }
}
