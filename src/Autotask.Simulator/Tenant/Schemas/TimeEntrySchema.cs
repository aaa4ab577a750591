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
        Reference<SimTimeEntry>("resourceID", e => e.ResourceId, "Resource") with { IsRequired = true },
        Reference<SimTimeEntry>("roleID", e => e.RoleId, "Role") with { IsRequired = true },
        Reference<SimTimeEntry>("ticketID", e => e.TicketId, "Ticket"),
        Reference<SimTimeEntry>("taskID", e => e.TaskId, "Task"),
        Picklist<SimTimeEntry>("timeEntryType", e => e.TimeEntryType, Picklists.TimeEntryType) with { IsReadOnly = true },
        DateTime<SimTimeEntry>("dateWorked", e => e.DateWorked) with { IsRequired = true },
        DateTime<SimTimeEntry>("startDateTime", e => e.StartDateTime),
        DateTime<SimTimeEntry>("endDateTime", e => e.EndDateTime),
        Decimal<SimTimeEntry>("hoursWorked", e => e.HoursWorked),
        Decimal<SimTimeEntry>("hoursToBill", e => e.HoursToBill) with { IsReadOnly = true },
        Decimal<SimTimeEntry>("offsetHours", e => e.OffsetHours),
        Bool<SimTimeEntry>("isNonBillable", e => e.IsNonBillable),
        Bool<SimTimeEntry>("showOnInvoice", e => e.ShowOnInvoice),
        Reference<SimTimeEntry>("billingCodeID", e => e.BillingCodeId, "BillingCode"),
        Reference<SimTimeEntry>("contractID", e => e.ContractId, "Contract"),
        String<SimTimeEntry>("summaryNotes", e => e.SummaryNotes, 32000),
        String<SimTimeEntry>("internalNotes", e => e.InternalNotes, 32000),
        DateTime<SimTimeEntry>("createDateTime", e => e.CreateDateTime) with { IsReadOnly = true },
        Reference<SimTimeEntry>("creatorUserID", e => e.CreatorUserId, "Resource") with { IsReadOnly = true },
        DateTime<SimTimeEntry>("lastModifiedDateTime", e => e.LastModifiedDateTime) with { IsReadOnly = true },
        Reference<SimTimeEntry>("lastModifiedUserID", e => e.LastModifiedUserId, "Resource") with { IsReadOnly = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        CanDelete = true,
    };
}
