using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Companies entity (autotask-api.md §6.4). Company 0 is the MSP itself.</summary>
public static class CompanySchema
{
    public static EntitySchema<SimCompany> Create() => new("Companies", "Company", c => c.Id,
    [
        Long<SimCompany>("id", c => c.Id) with { IsReadOnly = true, IsRequired = true },
        String<SimCompany>("companyName", c => c.CompanyName, 100) with { IsRequired = true },
        String<SimCompany>("companyNumber", c => c.CompanyNumber, 50),
        Picklist<SimCompany>("companyType", c => c.CompanyType, Picklists.CompanyType) with { IsRequired = true },
        Bool<SimCompany>("isActive", c => c.IsActive),
        Reference<SimCompany>("ownerResourceID", c => c.OwnerResourceId, "Resource"),
        String<SimCompany>("phone", c => c.Phone, 25),
        String<SimCompany>("city", c => c.City, 30),
        String<SimCompany>("state", c => c.State, 25),
        DateTime<SimCompany>("createDate", c => c.CreateDate) with { IsReadOnly = true },
        DateTime<SimCompany>("lastActivityDate", c => c.LastActivityDate) with { IsReadOnly = true },
        DateTime<SimCompany>("lastTrackedModifiedDateTime", c => c.LastTrackedModifiedDateTime) with { IsReadOnly = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        SupportsWebhookCallouts = true,
    };
}
