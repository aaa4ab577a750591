using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Companies entity (autotask-api.md §6.4). Company 0 is the MSP itself. Note "Modified" in its stamp's name.</summary>
public static class CompanySchema
{
    public static readonly IReadOnlyList<UdfDefinition> Udfs =
    [
        new("Service Tier", "Service Tier", "string"),
        new("Onboarded On", "Onboarded On", "datetime"),
    ];

    public static EntitySchema<SimCompany> Create() => new("Companies", "Company", c => c.Id,
    [
        Long<SimCompany>("id", c => c.Id) with { IsReadOnly = true, IsRequired = true },
        String<SimCompany>("address1", c => c.Address1, 128),
        String<SimCompany>("address2", _ => null, 128),
        String<SimCompany>("city", c => c.City, 30),
        Int<SimCompany>("classification", _ => null),
        String<SimCompany>("companyName", c => c.CompanyName, 100) with { IsRequired = true, IsSupportedWebhookField = true },
        String<SimCompany>("companyNumber", c => c.CompanyNumber, 50),
        Picklist<SimCompany>("companyType", c => c.CompanyType, Picklists.CompanyType) with { IsRequired = true, IsSupportedWebhookField = true },
        Int<SimCompany>("countryID", _ => 237),
        DateTime<SimCompany>("createDate", c => c.CreateDate) with { IsReadOnly = true },
        Reference<SimCompany>("createdByResourceID", c => c.CreatedByResourceId, "Resource") with { IsReadOnly = true },
        Int<SimCompany>("currencyID", _ => 1),
        Bool<SimCompany>("isActive", c => c.IsActive) with { IsSupportedWebhookField = true },
        Bool<SimCompany>("isClientPortalActive", _ => false),
        Bool<SimCompany>("isEnabledForComanaged", _ => false),
        Bool<SimCompany>("isTaskFireActive", _ => false),
        DateTime<SimCompany>("lastActivityDate", c => c.LastActivityDate) with { IsReadOnly = true },
        DateTime<SimCompany>("lastTrackedModifiedDateTime", c => c.LastTrackedModifiedDateTime) with { IsReadOnly = true },
        Int<SimCompany>("marketSegmentID", _ => null),
        Reference<SimCompany>("ownerResourceID", c => c.OwnerResourceId, "Resource") with { IsSupportedWebhookField = true },
        Reference<SimCompany>("parentCompanyID", _ => null, "Account"),
        String<SimCompany>("phone", c => c.Phone, 25),
        String<SimCompany>("postalCode", c => c.PostalCode, 20),
        String<SimCompany>("state", c => c.State, 25),
        Decimal<SimCompany>("surveyCompanyRating", _ => null) with { IsReadOnly = true },
        Int<SimCompany>("territoryID", _ => null),
        String<SimCompany>("webAddress", c => c.WebAddress, 255),
    ])
    {
        Udfs = c => c.UserDefinedFields,
        UdfDefinitions = Udfs,
        CanCreate = true,
        CanUpdate = true,
        SupportsWebhookCallouts = true,
    };
}
