using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>Makes the tickets of the demo MSP's queues, each with its life story up to "now".</summary>
sealed class TicketFactory(DemoRandom rnd, DemoPeople people, LocalClock clock, DateTime nowUtc, TimeEntryFactory time,
    TicketDetails details, IReadOnlyDictionary<int, long> projects, StringPool pool)
{
    /// <summary>A ticket a person raised and a technician works, in a human-worked queue.</summary>
    public TicketDraft? Manual(QueueProfile q, DateOnly day, int[] team)
    {
        var afterHours = rnd.Chance(q.AfterHoursShare);
        var local = day.ToDateTime(TimeOnly.MinValue) + (afterHours ? TimeSpan.FromHours(19) + TimeSpan.FromMinutes(rnd.Next(270)) : rnd.BusinessHour());
        var created = clock.ToUtc(local);
        if (created >= nowUtc)
        {
            return null;
        }

        var company = rnd.Chance(0.05) ? 0 : PickClient();
        var priority = PickPriority();
        var tech = rnd.Pick(team);
        var ticket = NewTicket(created, q.QueueId, company, rnd.Pick(ManualTitles));
        ticket.Priority = priority;
        ticket.AssignedResourceId = tech;
        ticket.AssignedResourceRoleId = DemoPeople.RoleOf(people, tech);
        ticket.Source = rnd.Pick(new[] { SourcePhone, SourceEmail, SourceEmail, SourcePortal });
        ticket.TicketType = rnd.Chance(0.6) ? 2 : 1;
        var sub = rnd.Pick(SubIssueTypes);
        ticket.SubIssueType = sub.Value;
        ticket.IssueType = int.Parse(sub.ParentValue, System.Globalization.CultureInfo.InvariantCulture);
        ticket.CreatorResourceId = rnd.Chance(0.5) ? tech : null;
        ticket.CreatorType = ticket.CreatorResourceId is null ? 2 : 1;
        ticket.ServiceLevelAgreementId = company == 0 ? null : people.PremiumSlaClients.Contains(company) ? SlaPremium : SlaStandard;
        ticket.EstimatedHours = q.MaxHours;
        ticket.BillingCodeId = company == 0 ? BillingInternal : q.QueueId == ProjectsQueue ? BillingProject : BillingRemote;

        var response = created + rnd.LogNormal(q.FirstResponseMedian, 0.8);
        DateTime? completed = null;
        if (!rnd.Chance(q.NeverClosedShare))
        {
            completed = rnd.Chance(q.SameDayShare) ? SameDayFinish(created) : NextBusinessTime(created + rnd.LogNormal(q.MultiDayMedian, 0.9));
            if (response > completed)
            {
                response = created + ((completed.Value - created) / 3);
            }
        }

        ticket.FirstResponseDateTime = response < nowUtc ? response : null;
        ticket.FirstResponseDueDateTime = created + (priority == PriorityCritical ? TimeSpan.FromMinutes(30) : TimeSpan.FromHours(2));
        ticket.DueDateTime = created + ResolutionTarget(priority);

        DateTime? reopened = null;
        if (completed is { } first && rnd.Chance(0.04))
        {
            // Completed, reopened by the customer, completed again: completedDate moves on.
            reopened = first + rnd.LogNormal(TimeSpan.FromDays(1), 0.6);
            completed = reopened + rnd.LogNormal(TimeSpan.FromHours(20), 0.8);
        }

        var draft = new TicketDraft(ticket, []);
        Finish(draft, completed, tech, reopened);
        var quick = completed - created < TimeSpan.FromHours(3);
        time.ForWork(draft, tech, team, q.MinHours, q.MaxHours, workingCount: quick ? 1 + rnd.Next(2) : 2 + rnd.Next(7));
        int? project = q.QueueId == ProjectsQueue && projects.TryGetValue(company, out var p) ? (int)p : null;
        details.Enrich(draft, tech, project);
        Settle(draft, reopened);
        return draft;
    }

    /// <summary>A security alert: hundreds a week, at any hour, almost all left in New.</summary>
    public TicketDraft? SecurityAlert(DateOnly day)
    {
        var created = clock.ToUtc(day.ToDateTime(TimeOnly.MinValue) + rnd.AnyHour());
        if (created >= nowUtc)
        {
            return null;
        }

        var client = CompanyName(PickClient(out var company));
        var title = rnd.Chance(0.6)
            ? $"[Blackpoint][{client}][Managed Application Control][Rule Hit]"
            : $"SaaS Alerts - {client} - user{rnd.Next(1, 90)} - System Compliance: {rnd.Pick(new[] { "MFA disabled", "Impossible travel", "Mailbox forwarding rule" })}";
        var draft = Alert(created, SecurityAlertsQueue, company, title);
        if (rnd.Chance(0.02))
        {
            var tech = rnd.Pick(people.RocTeam);
            draft.Ticket.AssignedResourceId = tech;
            Finish(draft, NextBusinessTime(created + rnd.LogNormal(TimeSpan.FromDays(1), 0.7)), tech, null);
            time.ForWork(draft, tech, people.RocTeam, 0.25m, 0.25m, 1, nonBillable: true);
            Settle(draft, null);
        }

        return draft;
    }

    /// <summary>An RMM monitoring alert: most are closed by the RMM integration within minutes.</summary>
    public TicketDraft? MonitoringAlert(DateOnly day)
    {
        var created = clock.ToUtc(day.ToDateTime(TimeOnly.MinValue) + rnd.AnyHour());
        if (created >= nowUtc)
        {
            return null;
        }

        var host = $"{CompanyName(PickClient(out var company)).Split(' ')[0].ToUpperInvariant()}-{rnd.Pick(new[] { "DC01", "FS01", "SQL02", "RDS01" })}";
        var title = rnd.Next(3) switch
        {
            0 => $"Critical services are not running on the server : {host}",
            1 => "Long running Veritas backup jobs",
            _ => $"Disk space low on {host} (C:) < 10%",
        };
        var draft = Alert(created, MonitoringAlertsQueue, company, title);
        var roll = rnd.Unit();
        if (roll < 0.85)
        {
            Finish(draft, created + TimeSpan.FromMinutes(2 + rnd.Next(38)), people.ApiUserId, null);
        }
        else if (roll < 0.95)
        {
            var tech = rnd.Pick(people.RocTeam);
            draft.Ticket.AssignedResourceId = tech;
            Finish(draft, created + rnd.LogNormal(TimeSpan.FromHours(6), 1.0), tech, null);
            time.ForWork(draft, tech, people.RocTeam, 0.25m, 1m, 1);
        }

        Settle(draft, null);
        return draft;
    }

    /// <summary>The monthly technical-account-manager review, one per managed client.</summary>
    public TicketDraft? MonthlyTam(DateOnly day, int company)
    {
        var created = clock.ToUtc(day.ToDateTime(new TimeOnly(8, rnd.Next(60))));
        if (created >= nowUtc)
        {
            return null;
        }

        var am = people.AccountManagers[company % people.AccountManagers.Length];
        var ticket = NewTicket(created, TamQueue, company, pool.Get($"Monthly TAM, {CompanyName(company)}"));
        ticket.Priority = PriorityLow;
        ticket.AssignedResourceId = am;
        ticket.AssignedResourceRoleId = DemoPeople.RoleAccountManager;
        ticket.TicketType = 1;
        ticket.BillingCodeId = BillingRemote;
        var draft = new TicketDraft(ticket, []);
        Finish(draft, NextBusinessTime(created + TimeSpan.FromDays(2 + rnd.Next(18))), am, null);
        time.ForWork(draft, am, people.AccountManagers, 1.5m, 3m, 1);
        Settle(draft, null);
        return draft;
    }

    TicketDraft Alert(DateTime created, int queue, int company, string title)
    {
        var t = NewTicket(created, queue, company, pool.Get(title));
        t.Priority = PriorityMedium;
        t.TicketCategory = CategoryAlert;
        t.Source = SourceMonitoring;
        t.TicketType = 5;
        t.IssueType = 14;
        t.SubIssueType = 207;
        t.CreatorResourceId = people.ApiUserId;
        t.BillingCodeId = BillingRemote;
        return new TicketDraft(t, []);
    }

    SimTicket NewTicket(DateTime created, int queue, int company, string title) => new()
    {
        CreateDate = created,
        QueueId = queue,
        CompanyId = company,
        Title = title,
        Description = pool.Get($"Reported via demo tenant. {title}"),
        Status = StatusNew,
        Priority = PriorityMedium,
        LastActivityDate = created,
        LastTrackedModificationDateTime = created,
    };

    /// <summary>Sets the ticket's state as of now: complete if its completion is past, otherwise still open.</summary>
    void Finish(TicketDraft draft, DateTime? completed, int completedBy, DateTime? reopened)
    {
        var t = draft.Ticket;
        if (completed is { } done && done <= nowUtc)
        {
            t.Status = StatusComplete;
            t.CompletedDate = done;
            t.ResolvedDateTime = done;
            t.CompletedByResourceId = completedBy;
            if (t.ServiceLevelAgreementId is not null)
            {
                t.ServiceLevelAgreementHasBeenMet = done - t.CreateDate <= ResolutionTarget(t.Priority)
                    && t.FirstResponseDateTime <= t.FirstResponseDueDateTime;
            }

            return;
        }

        var age = nowUtc - t.CreateDate;
        t.Status = reopened is { } r && r <= nowUtc ? StatusInProgress
            : t.FirstResponseDateTime is null && age < TimeSpan.FromHours(4) ? StatusNew
            : t.QueueId is SecurityAlertsQueue or MonitoringAlertsQueue ? StatusNew
            : rnd.Next(10) switch
            {
                < 4 => StatusInProgress,
                < 6 => StatusWaitingCustomer,
                < 8 => StatusWaitingVendor,
                _ => StatusPendingClose,
            };
    }

    /// <summary>Bumps the activity stamps to the latest thing that happened to the ticket.</summary>
    void Settle(TicketDraft draft, DateTime? reopened)
    {
        var t = draft.Ticket;
        var tracked = Max(t.CreateDate, t.CompletedDate, reopened <= nowUtc ? reopened : null);
        t.LastTrackedModificationDateTime = tracked;
        var activity = Max(tracked, t.FirstResponseDateTime);
        var (by, personType) = (t.CompletedByResourceId ?? t.AssignedResourceId ?? t.CreatorResourceId, 1);
        foreach (var e in draft.TimeEntries.Where(e => e.CreateDateTime > activity))
        {
            (activity, by) = (e.CreateDateTime, e.ResourceId);
        }

        foreach (var n in draft.Notes.Where(n => n.CreateDateTime > activity))
        {
            (activity, by, personType) = (n.CreateDateTime, n.CreatorResourceId ?? by, n.CreatedByContactId is null ? 1 : 2);
        }

        t.LastActivityDate = activity;
        t.LastActivityResourceId = by;
        t.LastActivityPersonType = personType;
    }

    static DateTime Max(DateTime a, params DateTime?[] others)
    {
        foreach (var o in others)
        {
            if (o is { } v && v > a)
            {
                a = v;
            }
        }

        return a;
    }

    /// <summary>A finish later the same local day, before the technician goes home.</summary>
    DateTime SameDayFinish(DateTime createdUtc)
    {
        var local = clock.ToLocal(createdUtc);
        var endOfDay = local.Date + TimeSpan.FromHours(local.Hour >= 18 ? 23.9 : 18.5);
        var room = Math.Min((endOfDay - local).TotalHours, 5);
        var finish = local + TimeSpan.FromHours(Math.Max(0.1, room * (0.1 + (0.9 * rnd.Unit()))));
        return clock.ToUtc(finish < endOfDay ? finish : endOfDay);
    }

    /// <summary>Moves a finish that lands at night or on a weekend to the next business morning.</summary>
    DateTime NextBusinessTime(DateTime utc)
    {
        var local = clock.ToLocal(utc);
        if (local.Hour is >= 8 and < 18 && Holidays.IsWorkday(DateOnly.FromDateTime(local)))
        {
            return utc;
        }

        var day = DateOnly.FromDateTime(local.Hour >= 18 ? local.AddDays(1) : local);
        while (!Holidays.IsWorkday(day))
        {
            day = day.AddDays(1);
        }

        return clock.ToUtc(day.ToDateTime(new TimeOnly(8, 0)) + TimeSpan.FromMinutes(rnd.Next(180)));
    }

    static TimeSpan ResolutionTarget(int priority) => priority switch
    {
        PriorityCritical => TimeSpan.FromHours(4),
        PriorityHigh => TimeSpan.FromHours(8),
        PriorityMedium => TimeSpan.FromHours(24),
        _ => TimeSpan.FromHours(72),
    };

    int PickPriority() => rnd.Unit() switch
    {
        < 0.03 => PriorityCritical,
        < 0.18 => PriorityHigh,
        < 0.78 => PriorityMedium,
        _ => PriorityLow,
    };

    /// <summary>Bigger clients raise more tickets: a skewed pick.</summary>
    int PickClient() => people.Clients[(int)(Math.Pow(rnd.Unit(), 1.8) * people.Clients.Length)];

    int PickClient(out int company) => company = PickClient();

    string CompanyName(int company) => people.CompanyNames[company];
}
