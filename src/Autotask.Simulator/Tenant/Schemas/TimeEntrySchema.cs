using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The TimeEntries entity (autotask-api.md §6.2): no UDFs, no parent.</summary>
public static class TimeEntrySchema
{
    public static EntitySchema<SimTimeEntry> Create() => new("TimeEntries", "TimeEntry", e => e.Id,
    [
        Long<SimTimeEntry>("id", e => e.Id) with { IsReadOnly = true, IsRequired = true },
        DateTime<SimTimeEntry>("billingApprovalDateTime", _ => null) with { IsReadOnly = true },
        Int<SimTimeEntry>("billingApprovalLevelMostRecent", _ => null) with { IsReadOnly = true },
        Reference<SimTimeEntry>("billingApprovalResourceID", _ => null, "Resource") with { IsReadOnly = true },
        Reference<SimTimeEntry>("billingCodeID", e => e.BillingCodeId, "BillingCode"),
        Reference<SimTimeEntry>("contractID", e => e.ContractId, "Contract"),
        Long<SimTimeEntry>("contractServiceBundleID", _ => null),
        Long<SimTimeEntry>("contractServiceID", _ => null),
        DateTime<SimTimeEntry>("createDateTime", e => e.CreateDateTime) with { IsReadOnly = true },
        Reference<SimTimeEntry>("creatorUserID", e => e.CreatorUserId, "Resource") with { IsReadOnly = true },
        // A calendar date stored at midnight, without time-zone conversion (autotask-api.md §2.5).
        DateTime<SimTimeEntry>("dateWorked", e => e.DateWorked) with { IsRequired = true },
        DateTime<SimTimeEntry>("endDateTime", e => e.EndDateTime),
        Decimal<SimTimeEntry>("hoursToBill", e => e.HoursToBill) with { IsReadOnly = true },
        Decimal<SimTimeEntry>("hoursWorked", e => e.HoursWorked),
        Reference<SimTimeEntry>("impersonatorCreatorResourceID", _ => null, "Resource") with { IsReadOnly = true },
        Reference<SimTimeEntry>("impersonatorUpdaterResourceID", _ => null, "Resource") with { IsReadOnly = true },
        Reference<SimTimeEntry>("internalBillingCodeID", e => e.InternalBillingCodeId, "BillingCode"),
        String<SimTimeEntry>("internalNotes", e => e.InternalNotes, 32000),
        Bool<SimTimeEntry>("isNonBillable", e => e.IsNonBillable),
        DateTime<SimTimeEntry>("lastModifiedDateTime", e => e.LastModifiedDateTime) with { IsReadOnly = true },
        Reference<SimTimeEntry>("lastModifiedUserID", e => e.LastModifiedUserId, "Resource") with { IsReadOnly = true },
        Decimal<SimTimeEntry>("offsetHours", e => e.OffsetHours),
        Reference<SimTimeEntry>("resourceID", e => e.ResourceId, "Resource") with { IsRequired = true },
        Reference<SimTimeEntry>("roleID", e => e.RoleId, "Role") with { IsRequired = true },
        Bool<SimTimeEntry>("showOnInvoice", e => e.ShowOnInvoice),
        DateTime<SimTimeEntry>("startDateTime", e => e.StartDateTime),
        String<SimTimeEntry>("summaryNotes", e => e.SummaryNotes, 32000),
        Reference<SimTimeEntry>("taskID", e => e.TaskId, "Task"),
        Reference<SimTimeEntry>("ticketID", e => e.TicketId, "Ticket"),
        Picklist<SimTimeEntry>("timeEntryType", e => e.TimeEntryType, Picklists.TimeEntryType) with { IsReadOnly = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        CanDelete = true,
    };
}
