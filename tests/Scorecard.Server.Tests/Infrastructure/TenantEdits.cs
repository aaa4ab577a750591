using Autotask.Simulator;
using Autotask.Simulator.Tenant.Records;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// Changes a tenant the way people change Autotask (issue 7's mix): new, edited, reopened, closed and moved
/// tickets, deleted tickets, time entered late, edited and deleted (ticket, task and regular time, the last
/// leaving no log). Every change goes through the simulator's own change path, so stamps move and logs are written.
/// </summary>
public static class TenantEdits
{
    // The demo tenant's ids (its catalog is internal to the simulator).
    const int Person = 29682885, RoleLevel1 = 29682833, RocQueue = 29683479, ServiceDeskQueue = 29683480;
    const int StatusComplete = 5, StatusInProgress = 8, SlaStandard = 1, TicketTime = 2, BillingRemote = 29682801;

    public sealed record Applied(int Changes, IReadOnlyList<long> DeletedTickets, IReadOnlyList<long> DeletedRegularTime);

    public static Applied Apply(SimulatorHost simulator, int seed, int scale = 1)
    {
        var rnd = new Random(seed);
        var now = simulator.State.Clock.GetUtcNow().UtcDateTime;
        var changes = simulator.State.Changes;
        var tenant = simulator.State.Tenant;
        var tickets = tenant.Tickets.Snapshot();
        var open = tickets.Where(t => t.CompletedDate is null && t.QueueId is RocQueue or ServiceDeskQueue).ToList();
        var closed = tickets.Where(t => t.CompletedDate is not null && t.QueueId == ServiceDeskQueue).ToList();
        T Pick<T>(List<T> from)
        {
            if (from.Count == 0)
            {
                throw new InvalidOperationException($"The tenant ran out of {typeof(T).Name} records to change; use a longer history.");
            }

            var i = rnd.Next(from.Count);
            var item = from[i];
            from.RemoveAt(i);
            return item;
        }

        var n = 0;
        for (var i = 0; i < 3 * scale; i++, n++)
        {
            changes.CreateTicket(new SimTicket
            {
                Title = $"Printer offline #{seed}-{i}", Status = 1, Priority = 2, QueueId = RocQueue, CompanyId = 0,
                AssignedResourceId = Person, ServiceLevelAgreementId = i % 2 == 0 ? SlaStandard : null,
            }, Person);
        }

        for (var i = 0; i < 5 * scale; i++, n += 4)
        {
            changes.UpdateTicket(Pick(open).Id, t => t.Title += " (edited)", Person);
            changes.UpdateTicket(Pick(closed).Id, t => t.Status = StatusInProgress, Person); // reopened
            changes.UpdateTicket(Pick(open).Id, t => t.Status = StatusComplete, Person);
            changes.UpdateTicket(Pick(closed).Id, t => t.QueueId = RocQueue, Person); // moved into ROC
        }

        var deletedTickets = new List<long>();
        for (var i = 0; i < 3 * scale; i++, n++)
        {
            var victim = Pick(open).Id;
            changes.DeleteTicket(victim, Person);
            deletedTickets.Add(victim);
        }

        var entries = tenant.TimeEntries.Snapshot().ToList();
        var ticketTime = entries.Where(e => e.TicketId is not null).ToList();
        var taskTime = entries.Where(e => e.TaskId is not null).ToList();
        var regular = entries.Where(e => e.TicketId is null && e.TaskId is null && e.DateWorked > now.AddDays(-30)).ToList();
        for (var i = 0; i < 5 * scale; i++, n += 3)
        {
            changes.DeleteTimeEntry(Pick(ticketTime).Id, Person);
            changes.UpdateTimeEntry(Pick(ticketTime).Id, e => e.HoursWorked += 0.25m, Person);
            changes.AddTimeEntry(new SimTimeEntry
            {
                ResourceId = Person, RoleId = RoleLevel1, TicketId = (int)open[rnd.Next(open.Count)].Id, TimeEntryType = TicketTime,
                DateWorked = DateTime.SpecifyKind(now.Date.AddDays(-6 - (i % 7)), DateTimeKind.Utc), // entered late
                HoursWorked = 1.5m, HoursToBill = 1.5m, SummaryNotes = "Entered late", BillingCodeId = BillingRemote,
            });
        }

        for (var i = 0; i < 2 * scale && taskTime.Count > 0; i++, n++)
        {
            changes.DeleteTimeEntry(Pick(taskTime).Id, Person);
        }

        var deletedRegular = new List<long>();
        for (var i = 0; i < 3 * scale; i++, n++)
        {
            var victim = Pick(regular).Id;
            changes.DeleteTimeEntry(victim, Person); // regular time: no log anywhere
            deletedRegular.Add(victim);
        }

        return new Applied(n, deletedTickets, deletedRegular);
    }
}
