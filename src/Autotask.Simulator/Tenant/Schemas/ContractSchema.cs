using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Contracts entity (autotask-api.md §6.6): dates are date-only, no modified stamp, cannot be deleted.</summary>
public static class ContractSchema
{
    public static readonly IReadOnlyList<UdfDefinition> Udfs = [new("Renewal Owner", "Renewal Owner", "string")];

    public static EntitySchema<SimContract> Create() => new("Contracts", "Contract", c => c.Id,
    [
        Long<SimContract>("id", c => c.Id) with { IsReadOnly = true, IsRequired = true },
        Int<SimContract>("billingPreference", _ => 1),
        Reference<SimContract>("companyID", c => c.CompanyId, "Account") with { IsRequired = true },
        Reference<SimContract>("contactID", c => c.ContactId, "Contact"),
        Int<SimContract>("contractCategory", c => c.ContractCategory),
        String<SimContract>("contractName", c => c.ContractName, 100) with { IsRequired = true },
        String<SimContract>("contractNumber", c => c.ContractNumber, 50),
        Int<SimContract>("contractPeriodType", _ => null),
        Picklist<SimContract>("contractType", c => c.ContractType, Picklists.ContractType) with { IsRequired = true },
        DateTime<SimContract>("endDate", c => c.EndDate) with { IsRequired = true },
        Decimal<SimContract>("estimatedCost", _ => null),
        Decimal<SimContract>("estimatedHours", c => c.EstimatedHours),
        Decimal<SimContract>("estimatedRevenue", c => c.EstimatedRevenue),
        Reference<SimContract>("exclusionContractID", _ => null, "Contract"),
        Bool<SimContract>("isDefaultContract", c => c.IsDefaultContract),
        Reference<SimContract>("renewedContractID", _ => null, "Contract"),
        Picklist<SimContract>("serviceLevelAgreementID", c => c.ServiceLevelAgreementId, Picklists.ServiceLevelAgreement),
        DateTime<SimContract>("startDate", c => c.StartDate) with { IsRequired = true },
        Picklist<SimContract>("status", c => c.Status, Picklists.ContractStatus) with { IsRequired = true },
    ])
    {
        Udfs = c => c.UserDefinedFields,
        UdfDefinitions = Udfs,
        CanCreate = true,
        CanUpdate = true,
    };
}
