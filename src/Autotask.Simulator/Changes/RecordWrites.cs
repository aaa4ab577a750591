using Autotask.Simulator.Http;
using Autotask.Simulator.Query;
using Autotask.Simulator.Tenant.Records;

namespace Autotask.Simulator.Changes;

/// <summary>
/// Applies the writable fields of a JSON body to a ticket or time entry, the way a PATCH does: named fields
/// change, others stay. Read-only fields (ids, stamps) are ignored, as Autotask ignores them.
/// </summary>
static class RecordWrites
{
    public static void Apply(SimTicket t, JsonBody b)
    {
        t.Title = b.String("title") ?? t.Title;
        t.Description = b.Has("description") ? b.String("description") : t.Description;
        t.Status = b.Int("status") ?? t.Status;
        t.Priority = b.Int("priority") ?? t.Priority;
        t.CompanyId = b.Int("companyID") ?? t.CompanyId;
        t.QueueId = Nullable(b, "queueID", t.QueueId);
        t.ContactId = Nullable(b, "contactID", t.ContactId);
        t.AssignedResourceId = Nullable(b, "assignedResourceID", t.AssignedResourceId);
        t.AssignedResourceRoleId = Nullable(b, "assignedResourceRoleID", t.AssignedResourceRoleId);
        t.IssueType = Nullable(b, "issueType", t.IssueType);
        t.SubIssueType = Nullable(b, "subIssueType", t.SubIssueType);
        t.TicketType = Nullable(b, "ticketType", t.TicketType);
        t.TicketCategory = Nullable(b, "ticketCategory", t.TicketCategory);
        t.Source = Nullable(b, "source", t.Source);
        t.ServiceLevelAgreementId = Nullable(b, "serviceLevelAgreementID", t.ServiceLevelAgreementId);
        t.BillingCodeId = Nullable(b, "billingCodeID", t.BillingCodeId);
        t.ContractId = Nullable(b, "contractID", t.ContractId);
        t.DueDateTime = b.Has("dueDateTime") ? b.DateTime("dueDateTime") : t.DueDateTime;
        t.EstimatedHours = b.Has("estimatedHours") ? b.Decimal("estimatedHours") : t.EstimatedHours;
        t.Resolution = b.Has("resolution") ? b.String("resolution") : t.Resolution;
        foreach (var (name, value) in b.Udfs())
        {
            (t.UserDefinedFields ??= [])[name] = value;
        }
    }

    /// <summary>A new ticket from a create body, refused without the fields Autotask requires.</summary>
    public static SimTicket NewTicket(JsonBody b)
    {
        foreach (var name in new[] { "title", "status", "priority", "companyID" })
        {
            if (!b.Has(name))
            {
                throw new QueryException($"{name} is required.");
            }
        }

        var ticket = new SimTicket();
        Apply(ticket, b);
        return ticket;
    }

    public static SimTicketNote NewNote(JsonBody b, long ticketId, int? personId) => new()
    {
        TicketId = (int)ticketId, Title = b.String("title"), Description = b.RequiredString("description"),
        NoteType = b.Int("noteType") ?? 1, Publish = b.Int("publish") ?? 1, CreatorResourceId = personId,
    };

    public static SimTimeEntry NewTimeEntry(JsonBody b)
    {
        var entry = new SimTimeEntry();
        Apply(entry, b);
        return entry;
    }

    public static void Apply(SimTimeEntry e, JsonBody b)
    {
        e.ResourceId = b.Int("resourceID") ?? e.ResourceId;
        e.RoleId = b.Int("roleID") ?? e.RoleId;
        e.TicketId = Nullable(b, "ticketID", e.TicketId);
        e.TaskId = Nullable(b, "taskID", e.TaskId);
        e.DateWorked = b.DateTime("dateWorked")?.Date is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : e.DateWorked;
        e.StartDateTime = b.Has("startDateTime") ? b.DateTime("startDateTime") : e.StartDateTime;
        e.EndDateTime = b.Has("endDateTime") ? b.DateTime("endDateTime") : e.EndDateTime;
        e.HoursWorked = b.Decimal("hoursWorked") ?? e.HoursWorked;
        e.IsNonBillable = b.Bool("isNonBillable") ?? e.IsNonBillable;
        e.ShowOnInvoice = b.Bool("showOnInvoice") ?? !e.IsNonBillable;
        e.HoursToBill = e.IsNonBillable ? 0 : e.HoursWorked;
        e.SummaryNotes = b.Has("summaryNotes") ? b.String("summaryNotes") : e.SummaryNotes;
        e.InternalNotes = b.Has("internalNotes") ? b.String("internalNotes") : e.InternalNotes;
        e.BillingCodeId = Nullable(b, "billingCodeID", e.BillingCodeId);
        e.TimeEntryType = e.TaskId is not null ? 6 : e.TicketId is not null ? 2 : 1;
        if (e.HoursWorked is <= 0 or > 24)
        {
            throw new QueryException("hoursWorked must be greater than 0 and at most 24.");
        }

        if (e.ResourceId == 0 || e.RoleId == 0 || (e.TicketId is not null && string.IsNullOrEmpty(e.SummaryNotes)))
        {
            throw new QueryException("resourceID, roleID and, for ticket time, summaryNotes are required.");
        }
    }

    static int? Nullable(JsonBody b, string name, int? current) => b.Has(name) ? b.Int(name) : current;
}
