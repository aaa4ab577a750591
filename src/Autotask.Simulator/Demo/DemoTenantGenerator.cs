using System.Globalization;
using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Tenant.Records;
using Autotask.Simulator.Tenant.Schemas;
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
        var people = DemoPeople.Create(rnd, scale, now);
        var tickets = new TicketFactory(rnd, people, clock, now);
        var time = new TimeEntryFactory(rnd, people, clock, now);

        var drafts = new List<TicketDraft>();
        var internalTime = new List<SimTimeEntry>();
        var today = clock.LocalDate(now);
        var tamClients = people.Clients.Where((_, i) => i % 3 == 0).ToArray();
        for (var day = today.AddDays(-settings.HistoryDays); day <= today; day = day.AddDays(1))
        {
            var human = WeekdayFactor(day) * (Holidays.IsHoliday(day) ? 0.15 : 1.0) * scale.VolumeFactor;
            Add(drafts, QueueProfile.Roc, day, people.RocTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.ServiceDesk, day, people.ServiceDeskTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.Projects, day, people.ProjectTeam, human, tickets, rnd);
            Add(drafts, QueueProfile.SalesSupport, day, people.AccountManagers, human, tickets, rnd);
            Repeat(drafts, rnd.Poisson(72 * scale.VolumeFactor), () => tickets.SecurityAlert(day));
            Repeat(drafts, rnd.Poisson(22 * scale.VolumeFactor), () => tickets.MonitoringAlert(day));
            if (IsFirstWorkdayOfMonth(day))
            {
                foreach (var client in tamClients)
                {
                    Repeat(drafts, 1, () => tickets.MonthlyTam(day, client));
                }
            }

            internalTime.AddRange(time.Internal(day));
        }

        var tenant = new TenantData(settings.Zone, TicketUdfs);
        LoadPicklists(tenant.Picklists);
        tenant.Resources.Load(people.Resources);
        tenant.Companies.Load(people.Companies);
        AssignIdsAndLoad(tenant, drafts, internalTime, clock, rnd);
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

    /// <summary>Ids grow with creation time, as Autotask's do; ticket numbers count per local day.</summary>
    static void AssignIdsAndLoad(TenantData tenant, List<TicketDraft> drafts, List<SimTimeEntry> internalTime, LocalClock clock, DemoRandom rnd)
    {
        drafts.Sort((a, b) => a.Ticket.CreateDate.CompareTo(b.Ticket.CreateDate));
        var id = FirstTicketId;
        var perDay = new Dictionary<DateOnly, int>();
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

            foreach (var e in d.TimeEntries)
            {
                e.TicketId = (int)t.Id;
            }
        }

        var entries = drafts.SelectMany(d => d.TimeEntries).Concat(internalTime).ToList();
        entries.Sort((a, b) => a.CreateDateTime.CompareTo(b.CreateDateTime));
        var entryId = FirstTimeEntryId;
        foreach (var e in entries)
        {
            e.Id = entryId++;
        }

        tenant.Tickets.Load(drafts.Select(d => d.Ticket));
        tenant.TimeEntries.Load(entries);
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
        p.Set(Picklists.TicketStatus, Statuses);
        p.Set(Picklists.TicketPriority, Priorities);
        p.Set(Picklists.Queue, Queues);
        p.Set(Picklists.TicketType, TicketTypes);
        p.Set(Picklists.TicketSource, Sources);
        p.Set(Picklists.IssueType, IssueTypes);
        p.Set(Picklists.SubIssueType, SubIssueTypes);
        p.Set(Picklists.ServiceLevelAgreement, Slas);
        p.Set(Picklists.TimeEntryType, TimeEntryTypes);
        p.Set(Picklists.CompanyType, [new(1, "Customer"), new(2, "Lead"), new(3, "Prospect"), new(5, "Vendor/Self")]);
        p.Set(Picklists.ResourceType, []);
    }
}
