using Autotask.Simulator.Tenant.Records;

namespace Autotask.Simulator.Demo;

/// <summary>The MSP's staff and clients, split into the teams that work each queue.</summary>
sealed class DemoPeople
{
    public const int FirstResourceId = 29682885;
    public const int RoleLevel1 = 29682833;
    public const int RoleLevel2 = 29682834;
    public const int RoleEngineer = 29682835;
    public const int RoleAccountManager = 29682836;

    public required List<SimResource> Resources { get; init; }
    public required List<SimCompany> Companies { get; init; }
    public required int ApiUserId { get; init; }
    public required int[] RocTeam { get; init; }
    public required int[] ServiceDeskTeam { get; init; }
    public required int[] ProjectTeam { get; init; }
    public required int[] AccountManagers { get; init; }

    /// <summary>Clients (never company 0), the first ones busier, as real client lists are.</summary>
    public required int[] Clients { get; init; }

    public required HashSet<int> PremiumSlaClients { get; init; }

    public Dictionary<long, string> CompanyNames => companyNames ??= Companies.ToDictionary(c => c.Id, c => c.CompanyName);

    Dictionary<long, string>? companyNames;
    Dictionary<long, int>? roles;

    /// <summary>Every technician who logs time (everyone but the API user and former staff).</summary>
    public IEnumerable<int> Technicians => RocTeam.Concat(ServiceDeskTeam).Concat(ProjectTeam).Concat(AccountManagers);

    public static DemoPeople Create(DemoRandom rnd, ScaleProfile scale, DateTime nowUtc)
    {
        var resources = new List<SimResource>();
        var id = FirstResourceId;
        for (var i = 0; i < scale.Technicians; i++)
        {
            var first = DemoCatalog.FirstNames[i % DemoCatalog.FirstNames.Length];
            var last = DemoCatalog.LastNames[(i * 7 / 3) % DemoCatalog.LastNames.Length];
            var login = $"{first[0]}{last.Replace("'", "", StringComparison.Ordinal)}{(i >= DemoCatalog.FirstNames.Length ? i : "")}".ToLowerInvariant();
            resources.Add(new SimResource
            {
                Id = id++,
                FirstName = first,
                LastName = last,
                Title = "Technician",
                Email = $"{login}@northwind-msp.example",
                UserName = login,
                HireDate = nowUtc.Date.AddDays(-rnd.Next(200, 3000)),
                LicenseType = 1,
                UserType = 1,
            });
        }

        foreach (var (first, last) in new[] { ("Former", "Tech One"), ("Former", "Tech Two") })
        {
            resources.Add(new SimResource
            {
                Id = id++, FirstName = first, LastName = last, Title = "Technician", IsActive = false,
                Email = $"{last.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}@northwind-msp.example",
                UserName = last.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(), LicenseType = 1, UserType = 1,
            });
        }

        var apiUserId = id++;
        resources.Add(new SimResource
        {
            Id = apiUserId, FirstName = "Scorecard", LastName = "API User", Title = "API User (API-only)",
            Email = "api-user@northwind-msp.example", UserName = "api-user", ResourceType = "API",
            LicenseType = 7, UserType = 17,
        });

        var techIds = resources.Take(scale.Technicians).Select(r => (int)r.Id).ToArray();
        int roc = Math.Max(1, techIds.Length * 40 / 100), sd = Math.Max(1, techIds.Length * 35 / 100);
        int projects = Math.Max(1, techIds.Length * 15 / 100);
        var people = new DemoPeople
        {
            Resources = resources,
            Companies = CreateCompanies(rnd, scale, nowUtc, techIds),
            ApiUserId = apiUserId,
            RocTeam = techIds[..roc],
            ServiceDeskTeam = techIds[roc..(roc + sd)],
            ProjectTeam = techIds[(roc + sd)..Math.Min(techIds.Length - 1, roc + sd + projects)],
            AccountManagers = techIds[Math.Min(techIds.Length - 1, roc + sd + projects)..],
            Clients = Enumerable.Range(1, scale.Clients).Select(ClientId).ToArray(),
            PremiumSlaClients = Enumerable.Range(1, scale.Clients).Where(i => i % 8 == 0).Select(ClientId).ToHashSet(),
        };

        foreach (var r in resources)
        {
            var rid = (int)r.Id;
            (r.Title, r.DefaultServiceDeskRoleId) =
                people.RocTeam.Contains(rid) ? ("ROC Technician", RoleLevel1)
                : people.ServiceDeskTeam.Contains(rid) ? ("Service Desk Technician", RoleLevel2)
                : people.ProjectTeam.Contains(rid) ? ("Project Engineer", RoleEngineer)
                : people.AccountManagers.Contains(rid) ? ("Technical Account Manager", RoleAccountManager)
                : (r.Title, (long?)null);
        }

        return people;
    }

    public static int RoleOf(DemoPeople people, int resourceId) =>
        (people.roles ??= people.Resources.ToDictionary(r => r.Id, r => (int)(r.DefaultServiceDeskRoleId ?? RoleLevel1)))[resourceId];

    static int ClientId(int i) => 170 + (i * 3);

    static List<SimCompany> CreateCompanies(DemoRandom rnd, ScaleProfile scale, DateTime nowUtc, int[] techIds)
    {
        var companies = new List<SimCompany>
        {
            new() { Id = 0, CompanyName = DemoCatalog.MspName, CompanyNumber = "0", CompanyType = 5, CreateDate = nowUtc.AddYears(-12) },
        };
        for (var i = 1; i <= scale.Clients; i++)
        {
            var baseName = DemoCatalog.CompanyWords[(i - 1) % DemoCatalog.CompanyWords.Length];
            var round = (i - 1) / DemoCatalog.CompanyWords.Length;
            var created = nowUtc.AddDays(-rnd.Next(400, 4000));
            companies.Add(new SimCompany
            {
                Id = ClientId(i),
                CompanyName = round == 0 ? baseName : $"{baseName} #{round + 1}",
                CompanyNumber = $"C{i:0000}",
                CompanyType = 1,
                OwnerResourceId = techIds[^1],
                Phone = $"555-01{i % 100:00}",
                City = "Springfield",
                State = "MA",
                CreateDate = created,
                LastTrackedModifiedDateTime = created,
                LastActivityDate = created,
                Address1 = $"{100 + (i * 7)} Main Street",
                PostalCode = $"01{i % 1000:000}",
                WebAddress = $"https://client{ClientId(i)}.example",
                CreatedByResourceId = techIds[^1],
                UserDefinedFields = new()
                {
                    ["Service Tier"] = i % 8 == 0 ? "Premium" : "Standard",
                    ["Onboarded On"] = Schema.WireFormat.DateTime(created.Date),
                },
            });
        }

        return companies;
    }
}
