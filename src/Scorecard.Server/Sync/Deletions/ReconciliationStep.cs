using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Steps;

namespace Scorecard.Server.Sync.Deletions;

/// <summary>
/// Deletions no log records, found by comparing ids at a slower cadence (<c>Scorecard:Sync:ReconcileEvery</c>):
/// regular time (neither ticket nor task) worked in the last <c>ReconcileWindowDays</c>, contacts and tasks.
/// Cost in Autotask calls per run: ⌈regular entries in the window / 500⌉ + ⌈contacts / 500⌉ + ⌈tasks / 500⌉,
/// plus one call per 500 ids found missing (to tell a moved record from a deleted one).
/// </summary>
sealed class ReconciliationStep(SyncParts parts) : ISyncStep
{
    public string Entity => "Reconciliation";

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await parts.States.GetAsync(Entity, cancellationToken);
        var o = parts.Options.Value.Sync;
        if (state.Watermark is { } last && run.Started - last < o.ReconcileEvery && !run.Cycle.Request.Names(Entity))
        {
            return;
        }

        if (state.Watermark is null && !run.Cycle.Request.Names(Entity))
        {
            // Right after the first loads everything stored was just read: the first comparison is due a period later.
            if (await FirstLoadsDoneAsync(cancellationToken))
            {
                await using var start = await parts.Storage.BeginAsync(cancellationToken);
                state.Watermark = run.Started;
                start.Save(state);
                await start.CommitAsync(cancellationToken);
            }

            return;
        }

        var from = parts.Calendar.Today.AddDays(-o.ReconcileWindowDays);
        List<long> regular, contacts, tasks;
        await using (var db = await parts.Storage.Databases.CreateDbContextAsync(cancellationToken))
        {
            regular = await db.TimeEntries.AsNoTracking().Where(e => e.DateWorked >= from && e.TicketId == null && e.TaskId == null)
                .Select(e => e.Id).ToListAsync(cancellationToken);
            contacts = await db.Contacts.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken);
            tasks = await db.Tasks.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var regularScope = AutotaskFilter.And(AutotaskFilter.Gte("dateWorked", SyncCalendar.AsStored(from)),
            AutotaskFilter.NotExists("ticketID"), AutotaskFilter.NotExists("taskID"));
        var goneTime = await IdReconciler.GoneAsync(parts.Autotask.TimeEntries, regularScope, regular, cancellationToken);
        var goneContacts = await IdReconciler.GoneAsync(parts.Autotask.Contacts, AutotaskFilter.All, contacts, cancellationToken);
        var goneTasks = await IdReconciler.GoneAsync(parts.Autotask.Tasks, AutotaskFilter.All, tasks, cancellationToken);

        await using var write = await parts.Storage.BeginAsync(cancellationToken, run.AddStoring);
        var removed = await write.DeleteByIdAsync<TimeEntryRow>(goneTime, cancellationToken)
            + await write.DeleteByIdAsync<ContactRow>(goneContacts, cancellationToken)
            + await write.DeleteByIdAsync<TaskRow>(goneTasks, cancellationToken);
        state.Watermark = run.Started;
        write.Save(state);
        await write.CommitAsync(cancellationToken);
        run.Stored(removed);
    }

    async Task<bool> FirstLoadsDoneAsync(CancellationToken ct)
    {
        foreach (var entity in new[] { "TimeEntries", "Contacts", "Tasks" })
        {
            if ((await parts.States.GetAsync(entity, ct)).Watermark is null)
            {
                return false;
            }
        }

        return true;
    }
}
