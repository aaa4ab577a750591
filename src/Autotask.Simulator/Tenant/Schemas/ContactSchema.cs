using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Contacts entity (autotask-api.md §6.5): <c>isActive</c> is an integer here, and the stamp is <c>lastModifiedDate</c>.</summary>
public static class ContactSchema
{
    public static readonly IReadOnlyList<UdfDefinition> Udfs = [new("Preferred Channel", "Preferred Channel", "string")];

    public static EntitySchema<SimContact> Create() => new("Contacts", "Contact", c => c.Id,
    [
        Long<SimContact>("id", c => c.Id) with { IsReadOnly = true, IsRequired = true },
        Reference<SimContact>("companyID", c => c.CompanyId, "Account") with { IsRequired = true, IsSupportedWebhookField = true },
        Reference<SimContact>("companyLocationID", _ => null, "CompanyLocation"),
        DateTime<SimContact>("createDate", c => c.CreateDate) with { IsReadOnly = true },
        String<SimContact>("emailAddress", c => c.EmailAddress, 254) with { IsSupportedWebhookField = true },
        String<SimContact>("emailAddress2", _ => null, 254),
        String<SimContact>("emailAddress3", _ => null, 254),
        String<SimContact>("externalID", _ => null, 50),
        String<SimContact>("firstName", c => c.FirstName, 50) with { IsRequired = true, IsSupportedWebhookField = true },
        Int<SimContact>("isActive", c => c.IsActive) with { IsRequired = true, IsSupportedWebhookField = true },
        DateTime<SimContact>("lastActivityDate", c => c.LastActivityDate) with { IsReadOnly = true },
        DateTime<SimContact>("lastModifiedDate", c => c.LastModifiedDate) with { IsReadOnly = true },
        String<SimContact>("lastName", c => c.LastName, 50) with { IsRequired = true, IsSupportedWebhookField = true },
        String<SimContact>("mobilePhone", c => c.MobilePhone, 25),
        String<SimContact>("phone", c => c.Phone, 25),
        Bool<SimContact>("primaryContact", c => c.PrimaryContact),
        String<SimContact>("title", c => c.Title, 50),
    ])
    {
        Udfs = c => c.UserDefinedFields,
        UdfDefinitions = Udfs,
        CanCreate = true,
        CanUpdate = true,
        SupportsWebhookCallouts = true,
    };
}
