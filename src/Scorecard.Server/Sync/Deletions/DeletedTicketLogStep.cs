using Autotask.Client.Querying;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Steps;

namespace Scorecard.Server.Sync.Deletions;

/// <summary>
/// Deleted tickets (<c>DeletedTicketLogs</c>, by <c>deletedDateTime</c> from its own watermark): each is
/// removed with its time entries and SLA results, in the transaction that moves the watermark.
/// </summary>
sealed class DeletedTicketLogStep(SyncParts parts) : ISyncStep
{
    public string Entity => "DeletedTicketLogs";

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await parts.States.GetAsync(Entity, cancellationToken);
        var since = DeletionLog.Since(state, run, parts);
        var tickets = new HashSet<long>();
        await foreach (var log in parts.Autotask.DeletedTicketLogs.QueryAsync(AutotaskFilter.Gte("deletedDateTime", since), null, cancellationToken))
        {
            tickets.Add(log.TicketID);
        }

        await using var write = await parts.Storage.BeginAsync(cancellationToken, run.AddStoring);
        var removed = await TicketRemoval.RemoveAsync(write, tickets, cancellationToken);
        state.Watermark = run.Started;
        write.Save(state);
        await write.CommitAsync(cancellationToken);
        run.Stored(removed);
    }
}

/// <summary>A ticket gone from Autotask takes its time entries and SLA results with it.</summary>
static class TicketRemoval
{
    public static async Task<int> RemoveAsync(Storage.SyncWrite write, IReadOnlyCollection<long> ticketIds, CancellationToken ct)
    {
        var removed = 0;
        foreach (var chunk in ticketIds.Chunk(1000))
        {
            var ints = chunk.Select(id => (int)id).ToArray();
            removed += await write.DeleteAsync<TicketRow>(t => chunk.Contains(t.Id), ct);
            await write.DeleteAsync<TimeEntryRow>(e => e.TicketId != null && ints.Contains(e.TicketId.Value), ct);
            await write.DeleteAsync<SlaResultRow>(s => ints.Contains(s.TicketId), ct);
        }

        return removed;
    }
}

/// <summary>Where a deletion log reads from: its watermark minus the overlap, or on its first run the cycle's start.</summary>
static class DeletionLog
{
    public static DateTime Since(SyncStateRow state, StepRun run, SyncParts parts) =>
        DateTime.SpecifyKind((state.Watermark ?? run.Cycle.Started) - parts.Options.Value.Sync.Overlap, DateTimeKind.Utc);
}
