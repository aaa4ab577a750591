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
        String<SimResource>("accountingReferenceID", _ => null, 100),
        Int<SimResource>("dateFormat", _ => 1),
        Long<SimResource>("defaultServiceDeskRoleID", r => r.DefaultServiceDeskRoleId),
        String<SimResource>("email", r => r.Email, 254) with { IsRequired = true },
        String<SimResource>("email2", _ => null, 254),
        String<SimResource>("email3", _ => null, 254),
        String<SimResource>("firstName", r => r.FirstName, 50) with { IsRequired = true },
        DateTime<SimResource>("hireDate", r => r.HireDate),
        String<SimResource>("initials", r => Initials(r), 3),
        // Cost fields read 0 without the permission to see them, as for a restricted API user.
        Double<SimResource>("internalCost", _ => 0d),
        Bool<SimResource>("isActive", r => r.IsActive),
        String<SimResource>("lastName", r => r.LastName, 50) with { IsRequired = true },
        Int<SimResource>("licenseType", r => r.LicenseType) with { IsReadOnly = true },
        Reference<SimResource>("locationID", r => r.LocationId, "CompanyLocation"),
        String<SimResource>("middleName", _ => null, 50),
        String<SimResource>("mobilePhone", _ => null, 25),
        Int<SimResource>("numberFormat", _ => 1),
        String<SimResource>("officePhone", r => r.OfficePhone, 25),
        Int<SimResource>("payrollType", _ => 1),
        String<SimResource>("resourceType", r => r.ResourceType, 15) with { Picklist = Picklists.ResourceType },
        Decimal<SimResource>("surveyResourceRating", _ => null) with { IsReadOnly = true },
        Int<SimResource>("timeFormat", _ => 1),
        String<SimResource>("title", r => r.Title, 50),
        String<SimResource>("userName", r => r.UserName, 32) with { IsRequired = true },
        Int<SimResource>("userType", r => r.UserType),
    ]);

    static string Initials(SimResource r) =>
        $"{r.FirstName.FirstOrDefault()}{r.LastName.FirstOrDefault()}".ToUpperInvariant();
}
