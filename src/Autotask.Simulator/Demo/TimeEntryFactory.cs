using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>
/// Makes the time technicians log: on tickets while they are worked, and internal time every
/// workday. Some entries are typed in days late and some are edited later, as people do.
/// </summary>
sealed class TimeEntryFactory(DemoRandom rnd, DemoPeople people, LocalClock clock, StringPool pool, DateTime nowUtc)
{
    public void ForWork(TicketDraft draft, int tech, int[] team, decimal minHours, decimal maxHours, int workingCount,
        bool nonBillable = false)
    {
        var t = draft.Ticket;
        var end = t.CompletedDate ?? nowUtc;
        var lifetime = end - t.CreateDate;
        for (var k = 0; k < workingCount; k++)
        {
            var worker = rnd.Chance(0.85) ? tech : rnd.Pick(team);
            var hours = rnd.QuarterHours(minHours, maxHours);
            var finish = t.CreateDate + (lifetime * ((k + 1.0) / workingCount));
            var start = finish - TimeSpan.FromHours((double)hours);
            if (start < t.CreateDate)
            {
                start = t.CreateDate;
                finish = start + TimeSpan.FromHours((double)hours);
            }

            var internalWork = t.CompanyId == 0 || nonBillable;
            var entry = Entry(worker, start, finish, hours, internalWork || rnd.Chance(0.08), TimeEntryTicket);
            if (entry is null)
            {
                continue;
            }

            entry.BillingCodeId = internalWork ? BillingInternal : t.BillingCodeId;
            entry.SummaryNotes = pool.Get($"Worked on: {t.Title}");
            draft.TimeEntries.Add(entry);
        }
    }

    /// <summary>Task time between the task's start and its end (or now), billable to the project.</summary>
    public IEnumerable<SimTimeEntry> ForTask(SimTask task, int tech)
    {
        var from = task.StartDateTime!.Value;
        var to = task.EndDateTime!.Value < nowUtc ? task.EndDateTime.Value : nowUtc;
        for (var k = rnd.Next(1, 5); k > 0 && to > from; k--)
        {
            var hours = rnd.QuarterHours(1m, 4m);
            var start = from + ((to - from) * rnd.Unit());
            if (Entry(tech, start, start + TimeSpan.FromHours((double)hours), hours, nonBillable: false, TimeEntryTask) is { } e)
            {
                e.TaskId = (int)task.Id;
                e.BillingCodeId = BillingProject;
                e.SummaryNotes = pool.Get($"{task.Title}: progress");
                yield return e;
            }
        }
    }

    /// <summary>Meetings, admin and training: non-billable time with no ticket.</summary>
    public IEnumerable<SimTimeEntry> Internal(DateOnly day)
    {
        if (!Holidays.IsWorkday(day))
        {
            yield break;
        }

        foreach (var tech in people.Technicians)
        {
            if (rnd.Chance(0.04))
            {
                continue; // out of office
            }

            var start = clock.ToUtc(day.ToDateTime(new TimeOnly(8, 30)));
            var hours = rnd.QuarterHours(0.25m, 0.75m) + (day.DayOfWeek == DayOfWeek.Friday ? 1m : 0m);
            if (Entry(tech, start, start + TimeSpan.FromHours((double)hours), hours, nonBillable: true, TimeEntryRegular) is { } e)
            {
                e.BillingCodeId = BillingInternal;
                e.SummaryNotes = day.DayOfWeek == DayOfWeek.Friday ? "Team meeting & training" : "Daily huddle";
                yield return e;
            }

            // Admin at the end of the day, typed in with the rest of the day's time.
            var admin = clock.ToUtc(day.ToDateTime(new TimeOnly(16, 30)));
            if (rnd.Chance(0.6) && Entry(tech, admin, admin + TimeSpan.FromMinutes(30), 0.5m, nonBillable: true, TimeEntryRegular) is { } a)
            {
                a.BillingCodeId = BillingInternal;
                a.SummaryNotes = "Admin: e-mail, timesheets, documentation";
                yield return a;
            }
        }
    }

    SimTimeEntry? Entry(int worker, DateTime start, DateTime finish, decimal hours, bool nonBillable, int type)
    {
        var created = finish + TimeSpan.FromMinutes(1 + rnd.Next(45));
        if (rnd.Chance(0.08))
        {
            created += TimeSpan.FromDays(1 + rnd.Next(6)); // entered late, e.g. on Friday for the whole week
        }

        if (created > nowUtc)
        {
            return null; // not typed in yet
        }

        var modified = created;
        if (rnd.Chance(0.06) && created + TimeSpan.FromDays(0.5) < nowUtc)
        {
            modified = created + TimeSpan.FromHours(12 + rnd.Next(200));
            modified = modified > nowUtc ? nowUtc : modified;
        }

        return new SimTimeEntry
        {
            ResourceId = worker,
            RoleId = DemoPeople.RoleOf(people, worker),
            TimeEntryType = type,
            // dateWorked is the technician's local calendar date, stored at midnight without conversion.
            DateWorked = DateTime.SpecifyKind(clock.LocalDate(start).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
            StartDateTime = start,
            EndDateTime = finish,
            HoursWorked = hours,
            HoursToBill = nonBillable ? 0 : hours,
            IsNonBillable = nonBillable,
            ShowOnInvoice = !nonBillable,
            CreateDateTime = created,
            CreatorUserId = worker,
            LastModifiedDateTime = modified,
            LastModifiedUserId = worker,
        };
    }
}
