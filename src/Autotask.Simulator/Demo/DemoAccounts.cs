using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>
/// The reference data around the clients: their contacts and contracts, the work types, the ticket
/// categories, and which queues each technician works.
/// </summary>
sealed class DemoAccounts
{
    public const int FirstContactId = 30682001;
    public const int FirstContractId = 29684001;

    public List<SimContact> Contacts { get; } = [];
    public List<SimContract> Contracts { get; } = [];
    public Dictionary<int, int[]> ContactsByCompany { get; } = [];
    public Dictionary<int, int> DefaultContract { get; } = [];

    public static DemoAccounts Create(DemoRandom rnd, DemoPeople people, DateTime nowUtc)
    {
        var accounts = new DemoAccounts();
        var contactId = FirstContactId;
        var contractId = FirstContractId;
        var logins = people.Resources.ToDictionary(r => r.Id, r => r.UserName);
        foreach (var company in people.Companies.Where(c => c.Id != 0))
        {
            var ids = new List<int>();
            for (var i = 0; i < 2 + rnd.Next(6); i++)
            {
                var first = rnd.Pick(FirstNames);
                var last = rnd.Pick(LastNames);
                var created = company.CreateDate.AddDays(rnd.Next(300));
                created = created < nowUtc ? created : company.CreateDate;
                accounts.Contacts.Add(new SimContact
                {
                    Id = contactId, CompanyId = (int)company.Id, FirstName = first, LastName = last, Title = i == 0 ? "Office Manager" : "Staff",
                    EmailAddress = $"{first}.{last.Replace("'", "", StringComparison.Ordinal)}@client{company.Id}.example".ToLowerInvariant(),
                    Phone = company.Phone, IsActive = rnd.Chance(0.1) ? 0 : 1, PrimaryContact = i == 0,
                    CreateDate = created, LastModifiedDate = created,
                    UserDefinedFields = i == 0 ? new() { ["Preferred Channel"] = rnd.Pick(new[] { "Phone", "Email", "Portal" }) } : null,
                });
                ids.Add(contactId++);
            }

            accounts.ContactsByCompany[(int)company.Id] = [.. ids];
            var premium = people.PremiumSlaClients.Contains((int)company.Id);
            var start = new DateTime(nowUtc.Year - 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            accounts.Contracts.Add(new SimContract
            {
                Id = contractId, CompanyId = (int)company.Id, ContractName = $"{company.CompanyName} - Managed Services",
                ContractNumber = $"MS-{company.Id}", ContractType = 7, ContractCategory = 1, IsDefaultContract = true,
                StartDate = start, EndDate = start.AddYears(3).AddDays(-1), ContactId = ids[0],
                ServiceLevelAgreementId = premium ? SlaPremium : SlaStandard, EstimatedRevenue = 1500m + (company.Id % 17 * 250m),
                UserDefinedFields = new() { ["Renewal Owner"] = logins[people.AccountManagers[company.Id % people.AccountManagers.Length]] },
            });
            accounts.DefaultContract[(int)company.Id] = contractId++;
            if (rnd.Chance(0.3))
            {
                accounts.Contracts.Add(new SimContract
                {
                    Id = contractId++, CompanyId = (int)company.Id, ContractName = $"{company.CompanyName} - Block Hours",
                    ContractNumber = $"BH-{company.Id}", ContractType = 3, StartDate = start, EndDate = start.AddYears(1).AddDays(-1),
                    Status = 0, EstimatedHours = 40m, ContactId = ids[0],
                });
            }
        }

        return accounts;
    }

    public static IEnumerable<SimBillingCode> BillingCodes() =>
    [
        new() { Id = BillingRemote, Name = "Remote Support", UnitPrice = 150m, UnitCost = 55m, ExternalNumber = "RS" },
        new() { Id = BillingOnsite, Name = "Onsite Support", UnitPrice = 175m, UnitCost = 60m, ExternalNumber = "OS" },
        new() { Id = BillingInternal, Name = "Internal / Admin", UnitPrice = 0m, UseType = 2, ExternalNumber = "INT" },
        new() { Id = BillingProject, Name = "Project Work", UnitPrice = 165m, UnitCost = 58m, ExternalNumber = "PRJ" },
        new() { Id = 29682805, Name = "After Hours Emergency", UnitPrice = 250m, IsActive = false, ExternalNumber = "AH" },
    ];

    public static IEnumerable<SimTicketCategory> Categories() => TicketCategories.Select(c => new SimTicketCategory
    {
        Id = c.Value, Name = c.Label, Nickname = c.Label[..2].ToUpperInvariant(), IsActive = c.IsActive,
        IsGlobalDefault = c.IsDefaultValue, IsApiOnly = c.Value == CategoryAlert, DisplayColorRgb = 0x3366CC + c.Value,
    });

    /// <summary>Each technician works the queues of their team; account managers also see Sales Support.</summary>
    public static IEnumerable<SimResourceRoleQueue> RoleQueues(DemoPeople people)
    {
        var id = 29690001L;
        (int[] Team, int Role, int[] Queues)[] teams =
        [
            (people.RocTeam, DemoPeople.RoleLevel1, [RocQueue, SecurityAlertsQueue, MonitoringAlertsQueue]),
            (people.ServiceDeskTeam, DemoPeople.RoleLevel2, [ServiceDeskQueue]),
            (people.ProjectTeam, DemoPeople.RoleEngineer, [ProjectsQueue]),
            (people.AccountManagers, DemoPeople.RoleAccountManager, [TamQueue, SalesSupportQueue]),
        ];
        foreach (var (team, role, queues) in teams)
        {
            foreach (var resource in team)
            {
                for (var i = 0; i < queues.Length; i++)
                {
                    yield return new SimResourceRoleQueue { Id = id++, ResourceId = resource, RoleId = role, QueueId = queues[i], IsDefault = i == 0 };
                }
            }
        }
    }

    /// <summary>The roles the teams work in, plus an inactive one nobody uses any more.</summary>
    public static IEnumerable<SimRole> Roles() =>
    [
        new() { Id = DemoPeople.RoleLevel1, Name = "Level 1 Technician", Description = "ROC and alert triage", HourlyRate = 95m },
        new() { Id = DemoPeople.RoleLevel2, Name = "Level 2 Technician", Description = "Service desk escalations", HourlyRate = 125m },
        new() { Id = DemoPeople.RoleEngineer, Name = "Project Engineer", Description = "Client projects", HourlyRate = 150m },
        new() { Id = DemoPeople.RoleAccountManager, Name = "Technical Account Manager", HourlyRate = 135m, HourlyFactor = 1.25m },
        new() { Id = DemoPeople.RoleAccountManager + 1, Name = "Legacy Field Technician", IsActive = false, HourlyRate = 85m },
    ];
}
