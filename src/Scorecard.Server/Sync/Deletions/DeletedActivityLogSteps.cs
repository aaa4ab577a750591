using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Steps;

namespace Scorecard.Server.Sync.Deletions;

/// <summary>
/// Deleted time of tickets (<c>DeletedTicketActivityLogs</c>) or of project tasks (<c>DeletedTaskActivityLogs</c>),
/// read from the log's own watermark. A log names the ticket or task, not the deleted entry, so the ids of
/// that parent's time entries are compared with Autotask's and the missing ones removed, in the transaction
/// that moves the log's watermark.
/// </summary>
class DeletedActivityLogStep<TLog>(
    string entity,
    Func<AutotaskClient, EntityClient<TLog>> log,
    Func<TLog, long?> parentOf,
    string parentField,
    Func<IQueryable<TimeEntryRow>, int[], IQueryable<TimeEntryRow>> ofParents,
    SyncParts parts) : ISyncStep
    where TLog : class, IAutotaskEntity
{
    public string Entity { get; } = entity;

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await parts.States.GetAsync(Entity, cancellationToken);
        var parents = new HashSet<int>();
        await foreach (var entry in log(parts.Autotask).QueryAsync(
            AutotaskFilter.Gte("deletedDateTime", DeletionLog.Since(state, run, parts)), null, cancellationToken))
        {
            if (parentOf(entry) is { } id)
            {
                parents.Add((int)id);
            }
        }

        await TimeReconciliation.RemoveMissingAsync(parts, run, state, parentField, parents, ofParents, cancellationToken);
    }
}

sealed class DeletedTicketActivityLogStep(SyncParts parts) : DeletedActivityLogStep<DeletedTicketActivityLog>(
    "DeletedTicketActivityLogs", a => a.DeletedTicketActivityLogs, l => l.TicketID, "ticketID",
    (q, ids) => q.Where(e => e.TicketId != null && ids.Contains(e.TicketId.Value)), parts);

sealed class DeletedTaskActivityLogStep(SyncParts parts) : DeletedActivityLogStep<DeletedTaskActivityLog>(
    "DeletedTaskActivityLogs", a => a.DeletedTaskActivityLogs, l => l.TaskID, "taskID",
    (q, ids) => q.Where(e => e.TaskId != null && ids.Contains(e.TaskId.Value)), parts);

/// <summary>Removes the stored time entries of some tickets or tasks that Autotask no longer has.</summary>
static class TimeReconciliation
{
    public static async Task RemoveMissingAsync(SyncParts parts, StepRun run, SyncStateRow state, string parentField, HashSet<int> parents,
        Func<IQueryable<TimeEntryRow>, int[], IQueryable<TimeEntryRow>> ofParents, CancellationToken ct)
    {
        IReadOnlyList<long> gone = [];
        if (parents.Count > 0)
        {
            var ids = parents.ToArray();
            List<long> stored;
            await using (var db = await parts.Storage.Databases.CreateDbContextAsync(ct))
            {
                stored = await ofParents(db.TimeEntries.AsNoTracking(), ids).Select(e => e.Id).ToListAsync(ct);
            }

            gone = await IdReconciler.GoneAsync(parts.Autotask.TimeEntries, AutotaskFilter.In(parentField, ids), stored, ct);
        }

        await using var write = await parts.Storage.BeginAsync(ct, run.AddStoring);
        var removed = await write.DeleteByIdAsync<TimeEntryRow>(gone, ct);
        state.Watermark = run.Started;
        write.Save(state);
        await write.CommitAsync(ct);
        run.Stored(removed);
    }
}
