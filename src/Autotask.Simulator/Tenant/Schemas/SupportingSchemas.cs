using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>BillingCodes, TicketCategories, ResourceRoleQueues and Roles: small reference tables, query-only here.</summary>
public static class SupportingSchemas
{
    public static EntitySchema<SimBillingCode> BillingCodes() => new("BillingCodes", "BillingCode", b => b.Id,
    [
        Long<SimBillingCode>("id", b => b.Id) with { IsReadOnly = true },
        Int<SimBillingCode>("afterHoursWorkType", _ => null),
        Picklist<SimBillingCode>("billingCodeType", b => b.BillingCodeType, Picklists.BillingCodeType),
        Int<SimBillingCode>("department", _ => null),
        String<SimBillingCode>("description", b => b.Description, 500),
        String<SimBillingCode>("externalNumber", b => b.ExternalNumber, 100),
        Bool<SimBillingCode>("isActive", b => b.IsActive),
        Double<SimBillingCode>("markupRate", _ => null),
        String<SimBillingCode>("name", b => b.Name, 200),
        Decimal<SimBillingCode>("unitCost", b => b.UnitCost),
        Decimal<SimBillingCode>("unitPrice", b => b.UnitPrice),
        Int<SimBillingCode>("useType", b => b.UseType),
    ]);

    public static EntitySchema<SimTicketCategory> TicketCategories() => new("TicketCategories", "TicketCategory", c => c.Id,
    [
        Long<SimTicketCategory>("id", c => c.Id) with { IsReadOnly = true },
        Int<SimTicketCategory>("displayColorRGB", c => c.DisplayColorRgb),
        Bool<SimTicketCategory>("isActive", c => c.IsActive),
        Bool<SimTicketCategory>("isApiOnly", c => c.IsApiOnly),
        Bool<SimTicketCategory>("isGlobalDefault", c => c.IsGlobalDefault),
        String<SimTicketCategory>("name", c => c.Name, 30),
        String<SimTicketCategory>("nickname", c => c.Nickname, 3),
    ]);

    public static EntitySchema<SimResourceRoleQueue> ResourceRoleQueues() => new("ResourceRoleQueues", "ResourceRoleQueue", q => q.Id,
    [
        Long<SimResourceRoleQueue>("id", q => q.Id) with { IsReadOnly = true },
        Bool<SimResourceRoleQueue>("isDefault", q => q.IsDefault),
        Picklist<SimResourceRoleQueue>("queueID", q => q.QueueId, Picklists.Queue) with { IsRequired = true },
        Reference<SimResourceRoleQueue>("resourceID", q => q.ResourceId, "Resource") with { IsRequired = true },
        Reference<SimResourceRoleQueue>("roleID", q => q.RoleId, "Role") with { IsRequired = true },
    ]);

    public static EntitySchema<SimRole> Roles() => new("Roles", "Role", r => r.Id,
    [
        Long<SimRole>("id", r => r.Id) with { IsReadOnly = true },
        String<SimRole>("description", r => r.Description, 200),
        Decimal<SimRole>("hourlyFactor", r => r.HourlyFactor),
        Decimal<SimRole>("hourlyRate", r => r.HourlyRate),
        Bool<SimRole>("isActive", r => r.IsActive),
        Bool<SimRole>("isExcludedFromNewContracts", _ => false),
        Bool<SimRole>("isSystemRole", r => r.IsSystemRole) with { IsReadOnly = true },
        String<SimRole>("name", r => r.Name, 200) with { IsRequired = true },
        Int<SimRole>("quoteItemID", _ => null),
        Int<SimRole>("roleType", r => r.RoleType) with { IsReadOnly = true },
    ]);
}
