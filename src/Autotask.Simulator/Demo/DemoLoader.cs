using System.Globalization;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>
/// Numbers the generated records in creation order, as Autotask's ids grow, deletes a few of them the
/// way people do (leaving the deletion logs behind), and loads the tables.
/// </summary>
sealed class DemoLoader(TenantData tenant, LocalClock clock, DemoRandom rnd, DemoPeople people, DateTime nowUtc)
{
    const long FirstNoteId = 640001;
    public const long FirstTaskDeletionId = 150001;
    long deletionId = 90001;

    public void Load(List<TicketDraft> drafts, List<SimTimeEntry> otherTime)
    {
        drafts.Sort((a, b) => a.Ticket.CreateDate.CompareTo(b.Ticket.CreateDate));
        var id = DemoTenantGenerator.FirstTicketId;
        var perDay = new Dictionary<DateOnly, int>();
        var kept = new List<TicketDraft>(drafts.Count);
        var deleted = new List<SimDeletedTicketLog>();
        foreach (var d in drafts)
        {
            var t = d.Ticket;
            t.Id = id++;
            var day = clock.LocalDate(t.CreateDate);
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
            t.TicketNumber = string.Create(CultureInfo.InvariantCulture, $"T{day:yyyyMMdd}.{perDay[day]:0000}");
            if (t.CompletedDate is not null && t.QueueId is ServiceDeskQueue or RocQueue && rnd.Chance(0.3))
            {
                t.UserDefinedFields = new() { ["Root Cause"] = rnd.Pick(new[] { "User error", "Software bug", "Hardware failure", "Config change" }) };
            }

            // A duplicate or a test ticket, deleted soon after: gone from Tickets, left in DeletedTicketLogs.
            var deletedAt = t.CreateDate + TimeSpan.FromMinutes(20 + rnd.Next(600));
            if (t.QueueId is ServiceDeskQueue or RocQueue && rnd.Chance(0.004) && deletedAt < nowUtc)
            {
                deleted.Add(new SimDeletedTicketLog
                {
                    Id = deletionId++, TicketId = t.Id, TicketNumber = t.TicketNumber, TicketTitle = t.Title,
                    DeletedByResourceId = t.AssignedResourceId ?? people.RocTeam[0], DeletedDateTime = deletedAt,
                });
                continue;
            }

            foreach (var e in d.TimeEntries)
            {
                e.TicketId = (int)t.Id;
            }

            foreach (var n in d.Notes)
            {
                n.TicketId = (int)t.Id;
            }

            kept.Add(d);
        }

        var tickets = kept.ToDictionary(d => d.Ticket.Id, d => d.Ticket);
        var activity = new List<SimDeletedTicketActivityLog>();
        var entries = Number(kept.SelectMany(d => d.TimeEntries).Concat(otherTime), e => e.CreateDateTime, (e, i) => e.Id = i, DemoTenantGenerator.FirstTimeEntryId);
        var notes = Number(kept.SelectMany(d => d.Notes), n => n.CreateDateTime, (n, i) => n.Id = i, FirstNoteId);
        entries.RemoveAll(e => e.TicketId is { } tid && rnd.Chance(0.005) && Deleted(e.LastModifiedDateTime, activity, at => Log(e, tickets[tid], at)));
        notes.RemoveAll(n => rnd.Chance(0.005) && Deleted(n.CreateDateTime, activity, at => Log(n, tickets[n.TicketId], at)));
        var tasks = tenant.Tasks.Snapshot().ToDictionary(t => t.Id);
        var taskActivity = new List<SimDeletedTaskActivityLog>();
        entries.RemoveAll(e => e.TaskId is { } task && rnd.Chance(0.02) && Deleted(e.LastModifiedDateTime, taskActivity, at => Log(e, tasks[task], at)));

        tenant.Tickets.Load(kept.Select(d => d.Ticket));
        tenant.TimeEntries.Load(entries);
        tenant.TicketNotes.Load(notes);
        tenant.DeletedTicketLogs.Load(deleted);
        tenant.DeletedTicketActivityLogs.Load(activity.OrderBy(a => a.DeletedDateTime).Select((a, i) => { a.Id = 120001 + i; return a; }));
        tenant.DeletedTaskActivityLogs.Load(taskActivity.OrderBy(a => a.DeletedDateTime).Select((a, i) => { a.Id = FirstTaskDeletionId + i; return a; }));
        var slaId = 3300001L;
        tenant.SlaResults.Load(kept.Where(d => d.Ticket.ServiceLevelAgreementId is not null).Select(d => new SimSlaResult(slaId++, d.Ticket)));
    }

    static List<T> Number<T>(IEnumerable<T> records, Func<T, DateTime> created, Action<T, long> setId, long first)
    {
        var list = records.ToList();
        list.Sort((a, b) => created(a).CompareTo(created(b)));
        for (var i = 0; i < list.Count; i++)
        {
            setId(list[i], first + i);
        }

        return list;
    }

    /// <summary>A time entry deleted by its author a little after typing it, as the log records it.</summary>
    static SimDeletedTicketActivityLog Log(SimTimeEntry e, SimTicket ticket, DateTime at) => new()
    {
        TypeId = SimDeletedTicketActivityLog.TimeEntryType, TicketId = ticket.Id, TicketNumber = ticket.TicketNumber,
        NoteOrAttachmentTitle = e.SummaryNotes, CreatedByResourceId = e.ResourceId, ActivityDateTime = e.CreateDateTime,
        StartDateTime = e.StartDateTime, EndDateTime = e.EndDateTime, HoursWorked = e.HoursWorked,
        DeletedByResourceId = e.ResourceId, DeletedDateTime = at,
    };

    /// <summary>Task time deleted by its author, as <c>DeletedTaskActivityLogs</c> records it.</summary>
    static SimDeletedTaskActivityLog Log(SimTimeEntry e, SimTask task, DateTime at) => new()
    {
        TypeId = SimDeletedTicketActivityLog.TimeEntryType, TaskId = task.Id, TaskNumber = task.TaskNumber ?? "", ProjectId = task.ProjectId,
        NoteOrAttachmentTitle = e.SummaryNotes, CreatedByResourceId = e.ResourceId, ActivityDateTime = e.CreateDateTime,
        StartDateTime = e.StartDateTime, EndDateTime = e.EndDateTime, HoursWorked = e.HoursWorked,
        DeletedByResourceId = e.ResourceId, DeletedDateTime = at,
    };

    SimDeletedTicketActivityLog Log(SimTicketNote n, SimTicket ticket, DateTime at) => new()
    {
        TypeId = SimDeletedTicketActivityLog.NoteType, TicketId = ticket.Id, TicketNumber = ticket.TicketNumber,
        NoteOrAttachmentTitle = n.Title, CreatedByResourceId = n.CreatorResourceId ?? people.RocTeam[0], ActivityDateTime = n.CreateDateTime,
        DeletedByResourceId = n.CreatorResourceId ?? people.RocTeam[0], DeletedDateTime = at,
    };

    /// <summary>Deletes a record a little after it was last touched, unless that would be in the future; logs it.</summary>
    bool Deleted<TLog>(DateTime touched, List<TLog> log, Func<DateTime, TLog> entry)
    {
        var at = touched + TimeSpan.FromHours(1 + rnd.Next(48));
        if (at >= nowUtc)
        {
            return false;
        }

        log.Add(entry(at));
        return true;
    }
}
