using System.Globalization;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Tenant.Records;
using Autotask.Simulator.Webhooks;

namespace Autotask.Simulator.Changes;

/// <summary>
/// Changes to the tenant made the way Autotask makes them: stamps bumped to "now", completedDate set when a
/// ticket is completed and cleared when it is reopened, deletions logged, and ticket webhooks fired.
/// The live tenant, the control API and Autotask-style writes all go through here.
/// </summary>
public sealed class TenantChanges(Func<TenantData> tenant, TimeProvider clock, WebhookDispatcher webhooks)
{
    const int Complete = 5;
    readonly AsyncLocal<DateTime?> asOf = new();

    DateTime Now => asOf.Value ?? clock.GetUtcNow().UtcDateTime;

    /// <summary>Makes the changes in this flow carry <paramref name="at"/> as their time (the live tenant's slices).</summary>
    public IDisposable AsOf(DateTime at)
    {
        asOf.Value = at;
        return new Scope(() => asOf.Value = null);
    }

    sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    /// <summary>Adds a ticket with the next id, a ticket number for its local day and create stamps of now.</summary>
    public SimTicket CreateTicket(SimTicket ticket, int? personId)
    {
        var t = tenant();
        var now = Now;
        ticket.CreateDate = ticket.LastActivityDate = now;
        ticket.LastTrackedModificationDateTime = now;
        ticket.LastActivityResourceId = personId;
        ticket.LastActivityPersonType = 1;
        ticket.CreatorResourceId ??= personId;
        t.Tickets.Mutate(rows =>
        {
            ticket.Id = rows.Count == 0 ? Demo.DemoTenantGenerator.FirstTicketId : rows[^1].Id + 1;
            if (string.IsNullOrEmpty(ticket.TicketNumber))
            {
                // Numbers count per local day; only today's tickets, at the end of the table, need counting.
                var day = TimeZoneInfo.ConvertTimeFromUtc(now, t.Zone);
                var prefix = string.Create(CultureInfo.InvariantCulture, $"T{day:yyyyMMdd}.");
                var todayStart = TimeZoneInfo.ConvertTimeToUtc(day.Date, t.Zone);
                var today = 0;
                for (var i = rows.Count - 1; i >= 0 && rows[i].CreateDate >= todayStart; i--)
                {
                    today += rows[i].TicketNumber.StartsWith(prefix, StringComparison.Ordinal) ? 1 : 0;
                }

                ticket.TicketNumber = prefix + (today + 1).ToString("0000", CultureInfo.InvariantCulture);
            }

            rows.Add(ticket);
            return 0;
        });
        if (ticket.ServiceLevelAgreementId is not null)
        {
            t.SlaResults.Mutate(rows =>
            {
                rows.Add(new SimSlaResult(NextId(rows, r => r.Id, 3300001), ticket));
                return 0;
            });
        }

        Publish(WebhookEvent.Create, ticket, personId, null);
        return ticket;
    }

    /// <summary>Applies a change to a ticket; false when there is no such ticket.</summary>
    public bool UpdateTicket(long id, Action<SimTicket> change, int? personId)
    {
        var t = tenant();
        if (t.Tickets.Find(id) is not { } ticket)
        {
            return false;
        }

        var before = FieldValues.Capture(t.Tickets.Schema, ticket);
        var now = Now;
        t.Tickets.Mutate(_ =>
        {
            var wasComplete = ticket.Status == Complete;
            change(ticket);
            if (ticket.Status == Complete && !wasComplete)
            {
                ticket.CompletedDate ??= now;
                ticket.ResolvedDateTime ??= now;
                ticket.CompletedByResourceId ??= personId;
            }
            else if (ticket.Status != Complete && wasComplete)
            {
                ticket.CompletedDate = null; // reopened: Autotask clears completedDate until it is completed again
                ticket.CompletedByResourceId = null;
            }

            ticket.LastActivityDate = now;
            ticket.LastActivityResourceId = personId;
            ticket.LastActivityPersonType = 1;
            return 0;
        });
        var changed = FieldValues.Changed(before, FieldValues.Capture(t.Tickets.Schema, ticket));
        if (changed.Count > 0)
        {
            t.Tickets.Mutate(_ => ticket.LastTrackedModificationDateTime = now);
            Publish(WebhookEvent.Update, ticket, personId, changed);
        }

        return true;
    }

    /// <summary>Deletes a ticket and its time and notes, leaving a <c>DeletedTicketLogs</c> row.</summary>
    public bool DeleteTicket(long id, int personId)
    {
        var t = tenant();
        if (t.Tickets.Find(id) is not { } ticket)
        {
            return false;
        }

        var values = FieldValues.Capture(t.Tickets.Schema, ticket);
        t.Tickets.Remove(id);
        t.TimeEntries.Mutate(rows => rows.RemoveAll(e => e.TicketId == id));
        t.TicketNotes.Mutate(rows => rows.RemoveAll(n => n.TicketId == id));
        t.SlaResults.Mutate(rows => rows.RemoveAll(s => s.Ticket.Id == id));
        t.DeletedTicketLogs.Mutate(rows =>
        {
            rows.Add(new SimDeletedTicketLog
            {
                Id = NextId(rows, r => r.Id, 90001), TicketId = id, TicketNumber = ticket.TicketNumber, TicketTitle = ticket.Title,
                DeletedByResourceId = personId, DeletedDateTime = Now,
            });
            return 0;
        });
        webhooks.Publish(new WebhookEvent(WebhookEvent.Delete, "Ticket", id, personId, Now, new HashSet<string>(), values));
        return true;
    }

    /// <summary>Adds time to a ticket (or regular time); the ticket's last activity moves to now.</summary>
    public SimTimeEntry AddTimeEntry(SimTimeEntry entry)
    {
        var t = tenant();
        var now = Now;
        entry.CreateDateTime = entry.LastModifiedDateTime = now;
        entry.CreatorUserId ??= entry.ResourceId;
        entry.LastModifiedUserId ??= entry.ResourceId;
        t.TimeEntries.Mutate(rows =>
        {
            entry.Id = NextId(rows, e => e.Id, Demo.DemoTenantGenerator.FirstTimeEntryId);
            rows.Add(entry);
            return 0;
        });
        Touch(t, entry.TicketId, entry.ResourceId, entry.TaskId);
        return entry;
    }

    public bool UpdateTimeEntry(long id, Action<SimTimeEntry> change, int personId)
    {
        var t = tenant();
        if (t.TimeEntries.Find(id) is not { } entry)
        {
            return false;
        }

        t.TimeEntries.Mutate(_ =>
        {
            change(entry);
            entry.LastModifiedDateTime = Now;
            entry.LastModifiedUserId = personId;
            return 0;
        });
        Touch(t, entry.TicketId, personId, entry.TaskId);
        return true;
    }

    /// <summary>
    /// Deletes a time entry. Ticket time leaves a <c>DeletedTicketActivityLogs</c> row and task time a
    /// <c>DeletedTaskActivityLogs</c> row; regular time (neither) leaves no trace at all, as in Autotask.
    /// </summary>
    public bool DeleteTimeEntry(long id, int personId)
    {
        var t = tenant();
        if (t.TimeEntries.Find(id) is not { } e || !t.TimeEntries.Remove(id))
        {
            return false;
        }

        if (e.TicketId is { } ticketId && t.Tickets.Find(ticketId) is { } ticket)
        {
            t.DeletedTicketActivityLogs.Mutate(rows =>
            {
                rows.Add(new SimDeletedTicketActivityLog
                {
                    Id = NextId(rows, r => r.Id, 120001), TypeId = SimDeletedTicketActivityLog.TimeEntryType, TicketId = ticketId,
                    TicketNumber = ticket.TicketNumber, NoteOrAttachmentTitle = e.SummaryNotes, CreatedByResourceId = e.ResourceId,
                    ActivityDateTime = e.CreateDateTime, StartDateTime = e.StartDateTime, EndDateTime = e.EndDateTime,
                    HoursWorked = e.HoursWorked, DeletedByResourceId = personId, DeletedDateTime = Now,
                });
                return 0;
            });
        }
        else if (e.TaskId is { } taskId && t.Tasks.Find(taskId) is { } task)
        {
            t.DeletedTaskActivityLogs.Mutate(rows =>
            {
                rows.Add(new SimDeletedTaskActivityLog
                {
                    Id = NextId(rows, r => r.Id, Demo.DemoLoader.FirstTaskDeletionId), TypeId = SimDeletedTicketActivityLog.TimeEntryType,
                    TaskId = taskId, TaskNumber = task.TaskNumber ?? "", ProjectId = task.ProjectId, NoteOrAttachmentTitle = e.SummaryNotes,
                    CreatedByResourceId = e.ResourceId, ActivityDateTime = e.CreateDateTime, StartDateTime = e.StartDateTime,
                    EndDateTime = e.EndDateTime, HoursWorked = e.HoursWorked, DeletedByResourceId = personId, DeletedDateTime = Now,
                });
                return 0;
            });
        }

        return true;
    }

    public SimTicketNote AddNote(SimTicketNote note)
    {
        var t = tenant();
        note.CreateDateTime = note.LastActivityDate = Now;
        t.TicketNotes.Mutate(rows =>
        {
            note.Id = NextId(rows, n => n.Id, 640001);
            rows.Add(note);
            return 0;
        });
        Touch(t, note.TicketId, note.CreatorResourceId);
        return note;
    }

    /// <summary>Time and notes are activity: they move the ticket's lastActivityDate, not its tracked-modification stamp.</summary>
    void Touch(TenantData t, long? ticketId, int? personId, long? taskId = null)
    {
        if (taskId is { } tid && t.Tasks.Find(tid) is { } task)
        {
            t.Tasks.Mutate(_ => task.LastActivityDateTime = Now);
        }

        if (ticketId is { } id && t.Tickets.Find(id) is { } ticket)
        {
            t.Tickets.Mutate(_ =>
            {
                ticket.LastActivityDate = Now;
                ticket.LastActivityResourceId = personId;
                return 0;
            });
        }
    }

    void Publish(string action, SimTicket ticket, int? personId, IReadOnlySet<string>? changed)
    {
        var values = FieldValues.Capture(tenant().Tickets.Schema, ticket);
        webhooks.Publish(new WebhookEvent(action, "Ticket", ticket.Id, personId, Now, changed ?? values.Keys.ToHashSet(), values));
    }

    static long NextId<T>(List<T> rows, Func<T, long> id, long first) => rows.Count == 0 ? first : id(rows[^1]) + 1;
}
