using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>
/// Generates the demo MSP: a year of tickets and time up to "now", in the tenant's time zone,
/// deterministic for a seed, scale and "now".
/// </summary>
public static class DemoTenantGenerator
{
    public const long FirstTicketId = 41873;
    public const long FirstTimeEntryId = 118442;

    public static readonly IReadOnlyList<UdfDefinition> TicketUdfs =
    [
        new("Root Cause", "Root Cause", "string"),
        new("Customer PO", "Customer PO", "string"),
    ];

    public static TenantData Generate(DemoSettings settings)
    {
        var rnd = new DemoRandom(settings.Seed);
        var now = DateTime.SpecifyKind(settings.NowUtc, DateTimeKind.Utc);
        var scale = ScaleProfile.For(settings.Scale);
        var clock = new LocalClock(settings.Zone);
        var pool = new StringPool();
        var people = DemoPeople.Create(rnd, scale, now);
        var accounts = DemoAccounts.Create(rnd, people, now);
        var time = new TimeEntryFactory(rnd, people, clock, pool, now);
        var today = clock.LocalDate(now);
        var firstDay = today.AddDays(-settings.HistoryDays);
        var projects = new ProjectFactory(rnd, people, accounts, clock, pool, now);
        projects.Create(firstDay, settings.HistoryDays, time);
        var tickets = new TicketFactory(rnd, people, clock, now, time, new TicketDetails(rnd, accounts, pool, now), projects.ActiveByCompany, pool);

        var drafts = new List<TicketDraft>();
        var otherTime = new List<SimTimeEntry>(projects.TaskTime);
        var tamClients = people.Clients.Where((_, i) => i % 3 == 0).ToArray();
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            var human = WeekdayFactor(day) * (Holidays.IsHoliday(day) ? 0.15 : 1.0) * scale.VolumeFactor;
            Add(drafts, QueueProfile.Roc, day, people.RocTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.ServiceDesk, day, people.ServiceDeskTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.Projects, day, people.ProjectTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.SalesSupport, day, people.AccountManagers, human, tickets, rnd);
            Repeat(drafts, rnd.Poisson(72 * scale.AlertFactor), () => tickets.SecurityAlert(day));
            Repeat(drafts, rnd.Poisson(22 * scale.AlertFactor), () => tickets.MonitoringAlert(day));
            if (IsFirstWorkdayOfMonth(day))
            {
                foreach (var client in tamClients)
                {
                    Repeat(drafts, 1, () => tickets.MonthlyTam(day, client));
                }
            }

            otherTime.AddRange(time.Internal(day));
        }

        var tenant = new TenantData(settings.Zone, TicketUdfs);
        LoadPicklists(tenant.Picklists);
        tenant.Resources.Load(people.Resources);
        tenant.Companies.Load(people.Companies);
        tenant.Contacts.Load(accounts.Contacts);
        tenant.Contracts.Load(accounts.Contracts);
        tenant.BillingCodes.Load(DemoAccounts.BillingCodes());
        tenant.TicketCategories.Load(DemoAccounts.Categories());
        tenant.ResourceRoleQueues.Load(DemoAccounts.RoleQueues(people));
        tenant.Roles.Load(DemoAccounts.Roles());
        tenant.Projects.Load(projects.Projects);
        tenant.Tasks.Load(projects.Tasks);
        new DemoLoader(tenant, clock, rnd, people, now).Load(drafts, otherTime);
        return tenant;
    }

    static void Add(List<TicketDraft> drafts, QueueProfile q, DateOnly day, int[] team, double factor, TicketFactory f, DemoRandom rnd) =>
        Repeat(drafts, rnd.Poisson(q.PerWeekday * factor), () => f.Manual(q, day, team));

    static void Repeat(List<TicketDraft> drafts, int count, Func<TicketDraft?> make)
    {
        for (var i = 0; i < count; i++)
        {
            if (make() is { } d)
            {
                drafts.Add(d);
            }
        }
    }

    static double WeekdayFactor(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => 1.25,
        DayOfWeek.Tuesday => 1.1,
        DayOfWeek.Wednesday => 1.0,
        DayOfWeek.Thursday => 0.95,
        DayOfWeek.Friday => 0.8,
        DayOfWeek.Saturday => 0.1,
        _ => 0.06,
    };

    static bool IsFirstWorkdayOfMonth(DateOnly day)
    {
        if (!Holidays.IsWorkday(day))
        {
            return false;
        }

        for (var d = new DateOnly(day.Year, day.Month, 1); d < day; d = d.AddDays(1))
        {
            if (Holidays.IsWorkday(d))
            {
                return false;
            }
        }

        return true;
    }

    static void LoadPicklists(PicklistCatalog p)
    {
        p.Set(Tenant.Schemas.Picklists.TicketStatus, Statuses);
        p.Set(Tenant.Schemas.Picklists.TicketPriority, Priorities);
        p.Set(Tenant.Schemas.Picklists.Queue, Queues);
        p.Set(Tenant.Schemas.Picklists.TicketType, TicketTypes);
        p.Set(Tenant.Schemas.Picklists.TicketSource, Sources);
        p.Set(Tenant.Schemas.Picklists.IssueType, IssueTypes);
        p.Set(Tenant.Schemas.Picklists.SubIssueType, SubIssueTypes);
        p.Set(Tenant.Schemas.Picklists.ServiceLevelAgreement, Slas);
        p.Set(Tenant.Schemas.Picklists.TimeEntryType, TimeEntryTypes);
        p.Set(Tenant.Schemas.Picklists.TicketCategory, TicketCategories);
        p.Set(Tenant.Schemas.Picklists.CompanyType, [new(1, "Customer"), new(2, "Lead"), new(3, "Prospect"), new(5, "Vendor/Self")]);
        p.Set(Tenant.Schemas.Picklists.ResourceType, []);
        p.Set(Tenant.Schemas.Picklists.ContractType, [new(1, "Time & Materials"), new(3, "Block Hours"), new(7, "Recurring Service")]);
        p.Set(Tenant.Schemas.Picklists.ContractStatus, [new(0, "Inactive"), new(1, "Active", IsDefaultValue: true)]);
        p.Set(Tenant.Schemas.Picklists.ProjectStatus, [new(1, "New", IsDefaultValue: true), new(5, "Complete", IsSystem: true)]);
        p.Set(Tenant.Schemas.Picklists.ProjectType, [new(2, "Proposal"), new(5, "Client")]);
        p.Set(Tenant.Schemas.Picklists.TaskStatus, [new(1, "New"), new(4, "In Progress"), new(5, "Complete", IsSystem: true)]);
        p.Set(Tenant.Schemas.Picklists.NoteType, [new(NoteTypeTaskDetail, "Task Detail"), new(NoteTypeTaskNotes, "Task Notes"), new(NoteTypeTaskSummary, "Task Summary")]);
        p.Set(Tenant.Schemas.Picklists.Publish, [new(1, "All Autotask Users"), new(2, "Internal Only")]);
        p.Set(Tenant.Schemas.Picklists.BillingCodeType, [new(1, "Labor")]);
    }
}
