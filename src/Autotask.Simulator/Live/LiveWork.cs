using Autotask.Simulator.Demo;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Live;

/// <summary>What happens in one slice of the live tenant's day, at the slice's time.</summary>
sealed class LiveWork(SimulatorState state, LiveCast cast, DemoRandom rnd, DateTime at)
{
    public int Repeat(int count, Func<bool> act)
    {
        var made = 0;
        for (var i = 0; i < count; i++)
        {
            made += act() ? 1 : 0;
        }

        return made;
    }

    /// <summary>A client raises a ticket in ROC or the service desk.</summary>
    public bool NewTicket()
    {
        var roc = rnd.Chance(0.55);
        var team = roc ? cast.RocTeam : cast.ServiceDeskTeam;
        if (team.Length == 0 || cast.Clients.Length == 0)
        {
            return false;
        }

        var company = rnd.Pick(cast.Clients);
        var tech = rnd.Pick(team);
        var priority = rnd.Chance(0.05) ? PriorityCritical : rnd.Chance(0.2) ? PriorityHigh : PriorityMedium;
        var ticket = state.Changes.CreateTicket(new SimTicket
        {
            Title = rnd.Pick(ManualTitles), Description = "Raised while the demo tenant was live.", Status = StatusNew, Priority = priority,
            QueueId = roc ? RocQueue : ServiceDeskQueue, CompanyId = company, ContactId = cast.Contacts.TryGetValue(company, out var c) ? rnd.Pick(c) : null,
            AssignedResourceId = tech, AssignedResourceRoleId = cast.Roles.GetValueOrDefault(tech), Source = SourceEmail, TicketType = 2,
            TicketCategory = CategoryStandard, ServiceLevelAgreementId = SlaStandard, BillingCodeId = BillingRemote,
            FirstResponseDueDateTime = at.AddHours(priority == PriorityCritical ? 0.5 : 2), DueDateTime = at.AddHours(priority == PriorityCritical ? 4 : 24),
        }, cast.ApiUser);
        cast.Open.Add(ticket.Id);
        return true;
    }

    /// <summary>An RMM or security alert; monitoring alerts the RMM closes again within minutes.</summary>
    public bool NewAlert()
    {
        if (cast.Clients.Length == 0)
        {
            return false;
        }

        var company = rnd.Pick(cast.Clients);
        var security = rnd.Chance(0.75);
        var name = cast.Names[company];
        var ticket = state.Changes.CreateTicket(new SimTicket
        {
            Title = security ? $"[Blackpoint][{name}][Managed Application Control][Rule Hit]" : $"Critical services are not running on the server : {name.Split(' ')[0].ToUpperInvariant()}-DC01",
            Status = StatusNew, Priority = PriorityMedium, QueueId = security ? SecurityAlertsQueue : MonitoringAlertsQueue, CompanyId = company,
            Source = SourceMonitoring, TicketType = 5, TicketCategory = CategoryAlert, IssueType = 14, SubIssueType = 207, BillingCodeId = BillingRemote,
        }, cast.ApiUser);
        if (!security && rnd.Chance(0.85))
        {
            state.Changes.UpdateTicket(ticket.Id, t => t.Status = StatusComplete, cast.ApiUser);
        }

        return true;
    }

    /// <summary>A technician works an open ticket: responds, logs time, writes a note, parks it, completes it; or a customer reopens one.</summary>
    public bool Progress()
    {
        if (rnd.Chance(0.03) && cast.RecentlyClosed.Count > 0)
        {
            var reopened = cast.RecentlyClosed[rnd.Next(cast.RecentlyClosed.Count)];
            cast.RecentlyClosed.Remove(reopened);
            cast.Open.Add(reopened);
            return state.Changes.UpdateTicket(reopened, t => t.Status = StatusInProgress, cast.ApiUser);
        }

        if (cast.Open.Count == 0)
        {
            return false;
        }

        var index = rnd.Next(Math.Min(cast.Open.Count, 200)) + Math.Max(0, cast.Open.Count - 200);
        var id = cast.Open[index];
        if (cast.Tenant.Tickets.Find(id) is not { CompletedDate: null } ticket || ticket.AssignedResourceId is not { } tech)
        {
            cast.Open.RemoveAt(index);
            return false;
        }

        var step = rnd.Unit();
        if (ticket.FirstResponseDateTime is null)
        {
            return state.Changes.UpdateTicket(id, t =>
            {
                t.FirstResponseDateTime = at;
                t.FirstResponseInitiatingResourceId = tech;
                t.Status = StatusInProgress;
            }, tech);
        }

        if (step < 0.45)
        {
            var hours = rnd.QuarterHours(0.25m, 1.5m);
            state.Changes.AddTimeEntry(new SimTimeEntry
            {
                ResourceId = tech, RoleId = cast.Roles.GetValueOrDefault(tech, DemoPeople.RoleLevel1), TicketId = (int)id, TimeEntryType = TimeEntryTicket,
                DateWorked = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(at, cast.Tenant.Zone).Date, DateTimeKind.Utc),
                StartDateTime = at.AddHours(-(double)hours), EndDateTime = at, HoursWorked = hours, HoursToBill = hours, ShowOnInvoice = true,
                BillingCodeId = BillingRemote, SummaryNotes = $"Worked on: {ticket.Title}",
            });
            return true;
        }

        if (step < 0.65)
        {
            state.Changes.AddNote(new SimTicketNote { TicketId = (int)id, Title = "Technician note", Description = rnd.Pick(NoteTexts), NoteType = NoteTypeTaskDetail, CreatorResourceId = tech });
            return true;
        }

        if (step < 0.8)
        {
            return state.Changes.UpdateTicket(id, t => t.Status = rnd.Pick(new[] { StatusWaitingCustomer, StatusWaitingVendor, StatusPendingClose }), tech);
        }

        cast.Open.RemoveAt(index);
        cast.RecentlyClosed.Add(id);
        if (cast.RecentlyClosed.Count > 50)
        {
            cast.RecentlyClosed.RemoveAt(0);
        }

        return state.Changes.UpdateTicket(id, t =>
        {
            t.Status = StatusComplete;
            t.Resolution = rnd.Pick(Resolutions);
            t.ServiceLevelAgreementHasBeenMet = at <= t.DueDateTime;
        }, tech);
    }
}
