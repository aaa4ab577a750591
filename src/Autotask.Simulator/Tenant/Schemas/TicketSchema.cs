using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The Tickets entity (autotask-api.md §6.1).</summary>
public static class TicketSchema
{
    public static EntitySchema<SimTicket> Create(IReadOnlyList<UdfDefinition> udfs) => new("Tickets", "Ticket", t => t.Id,
    [
        Long<SimTicket>("id", t => t.Id) with { IsReadOnly = true, IsRequired = true },
        String<SimTicket>("ticketNumber", t => t.TicketNumber, 50) with { IsReadOnly = true, IsSupportedWebhookField = true },
        String<SimTicket>("title", t => t.Title) with { IsRequired = true, IsSupportedWebhookField = true },
        String<SimTicket>("description", t => t.Description, 8000) with { IsSupportedWebhookField = true },
        Picklist<SimTicket>("status", t => t.Status, Picklists.TicketStatus) with { IsRequired = true, IsSupportedWebhookField = true },
        Picklist<SimTicket>("priority", t => t.Priority, Picklists.TicketPriority) with { IsRequired = true, IsSupportedWebhookField = true },
        Picklist<SimTicket>("queueID", t => t.QueueId, Picklists.Queue) with { IsSupportedWebhookField = true },
        Reference<SimTicket>("companyID", t => t.CompanyId, "Account") with { IsRequired = true, IsSupportedWebhookField = true },
        Reference<SimTicket>("contactID", t => t.ContactId, "Contact"),
        Reference<SimTicket>("assignedResourceID", t => t.AssignedResourceId, "Resource") with { IsSupportedWebhookField = true },
        Reference<SimTicket>("assignedResourceRoleID", t => t.AssignedResourceRoleId, "Role"),
        DateTime<SimTicket>("createDate", t => t.CreateDate) with { IsReadOnly = true },
        Reference<SimTicket>("creatorResourceID", t => t.CreatorResourceId, "Resource") with { IsReadOnly = true },
        Int<SimTicket>("creatorType", t => t.CreatorType) with { IsReadOnly = true, IsQueryable = false },
        DateTime<SimTicket>("dueDateTime", t => t.DueDateTime),
        DateTime<SimTicket>("firstResponseDateTime", t => t.FirstResponseDateTime) with { IsReadOnly = true },
        DateTime<SimTicket>("firstResponseDueDateTime", t => t.FirstResponseDueDateTime) with { IsReadOnly = true },
        DateTime<SimTicket>("resolvedDateTime", t => t.ResolvedDateTime) with { IsReadOnly = true },
        DateTime<SimTicket>("completedDate", t => t.CompletedDate) with { IsSupportedWebhookField = true },
        Reference<SimTicket>("completedByResourceID", t => t.CompletedByResourceId, "Resource"),
        DateTime<SimTicket>("lastActivityDate", t => t.LastActivityDate) with { IsReadOnly = true },
        DateTime<SimTicket>("lastTrackedModificationDateTime", t => t.LastTrackedModificationDateTime) with { IsReadOnly = true },
        Picklist<SimTicket>("serviceLevelAgreementID", t => t.ServiceLevelAgreementId, Picklists.ServiceLevelAgreement),
        Bool<SimTicket>("serviceLevelAgreementHasBeenMet", t => t.ServiceLevelAgreementHasBeenMet) with { IsReadOnly = true },
        Picklist<SimTicket>("ticketType", t => t.TicketType, Picklists.TicketType),
        Picklist<SimTicket>("source", t => t.Source, Picklists.TicketSource),
        Picklist<SimTicket>("issueType", t => t.IssueType, Picklists.IssueType),
        Picklist<SimTicket>("subIssueType", t => t.SubIssueType, Picklists.SubIssueType),
        Decimal<SimTicket>("estimatedHours", t => t.EstimatedHours),
        Reference<SimTicket>("billingCodeID", t => t.BillingCodeId, "BillingCode"),
        Reference<SimTicket>("contractID", t => t.ContractId, "Contract"),
    ])
    {
        Udfs = t => t.UserDefinedFields,
        UdfDefinitions = udfs,
        CanCreate = true,
        CanUpdate = true,
        SupportsWebhookCallouts = true,
    };
}
