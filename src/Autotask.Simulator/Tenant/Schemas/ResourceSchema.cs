using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Resources entity (autotask-api.md §6.3): no modified stamp, cannot be deleted.</summary>
public static class ResourceSchema
{
    public static EntitySchema<SimResource> Create() => new("Resources", "Resource", r => r.Id,
    [
        Long<SimResource>("id", r => r.Id) with { IsReadOnly = true, IsRequired = true },
        String<SimResource>("firstName", r => r.FirstName, 50) with { IsRequired = true },
        String<SimResource>("lastName", r => r.LastName, 50) with { IsRequired = true },
        String<SimResource>("title", r => r.Title, 50),
        String<SimResource>("email", r => r.Email, 254) with { IsRequired = true },
        String<SimResource>("userName", r => r.UserName, 32) with { IsRequired = true },
        Bool<SimResource>("isActive", r => r.IsActive),
        String<SimResource>("resourceType", r => r.ResourceType, 15) with { Picklist = Picklists.ResourceType },
        Int<SimResource>("userType", r => r.UserType),
        Int<SimResource>("licenseType", r => r.LicenseType) with { IsReadOnly = true },
        DateTime<SimResource>("hireDate", r => r.HireDate),
        Long<SimResource>("defaultServiceDeskRoleID", r => r.DefaultServiceDeskRoleId),
    ]);
}
