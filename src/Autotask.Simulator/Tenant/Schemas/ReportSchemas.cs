using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>Query-only entities that report on tickets: SLA results and the three deletion logs (autotask-api.md §6.8).</summary>
public static class ReportSchemas
{
    public static EntitySchema<SimSlaResult> SlaResults(Func<int, string?> slaName) =>
        new("ServiceLevelAgreementResults", "ServiceLevelAgreementResult", s => s.Id,
    [
        Long<SimSlaResult>("id", s => s.Id) with { IsReadOnly = true },
        Double<SimSlaResult>("firstResponseElapsedHours", s => Hours(s.Ticket.CreateDate, s.Ticket.FirstResponseDateTime)),
        Reference<SimSlaResult>("firstResponseInitiatingResourceID", s => s.Ticket.FirstResponseInitiatingResourceId, "Resource"),
        Reference<SimSlaResult>("firstResponseResourceID", s => s.Ticket.FirstResponseDateTime is null ? null : s.Ticket.AssignedResourceId, "Resource"),
        Bool<SimSlaResult>("isFirstResponseMet", s => Met(s.Ticket.FirstResponseDateTime, s.Ticket.FirstResponseDueDateTime)),
        Bool<SimSlaResult>("isResolutionMet", s => Met(s.Ticket.ResolvedDateTime, s.Ticket.DueDateTime)),
        Bool<SimSlaResult>("isResolutionPlanMet", s => Met(s.Ticket.ResolutionPlanDateTime, s.Ticket.ResolutionPlanDueDateTime)),
        Double<SimSlaResult>("resolutionElapsedHours", s => Hours(s.Ticket.CreateDate, s.Ticket.ResolvedDateTime)),
        Double<SimSlaResult>("resolutionPlanElapsedHours", s => Hours(s.Ticket.CreateDate, s.Ticket.ResolutionPlanDateTime)),
        Reference<SimSlaResult>("resolutionPlanResourceID", s => s.Ticket.ResolutionPlanDateTime is null ? null : s.Ticket.AssignedResourceId, "Resource"),
        Reference<SimSlaResult>("resolutionResourceID", s => s.Ticket.CompletedByResourceId, "Resource"),
        String<SimSlaResult>("serviceLevelAgreementName", s => s.Ticket.ServiceLevelAgreementId is { } id ? slaName(id) : null, 100),
        Reference<SimSlaResult>("ticketID", s => s.Ticket.Id, "Ticket"),
    ]);

    public static EntitySchema<SimDeletedTicketLog> DeletedTickets() => new("DeletedTicketLogs", "DeletedTicketLog", d => d.Id,
    [
        Long<SimDeletedTicketLog>("id", d => d.Id) with { IsReadOnly = true },
        Reference<SimDeletedTicketLog>("deletedByResourceID", d => d.DeletedByResourceId, "Resource"),
        DateTime<SimDeletedTicketLog>("deletedDateTime", d => d.DeletedDateTime),
        Long<SimDeletedTicketLog>("ticketID", d => d.TicketId),
        String<SimDeletedTicketLog>("ticketNumber", d => d.TicketNumber, 50),
        String<SimDeletedTicketLog>("ticketTitle", d => d.TicketTitle, 255),
    ]);

    public static EntitySchema<SimDeletedTicketActivityLog> DeletedActivities() =>
        new("DeletedTicketActivityLogs", "DeletedTicketActivityLog", d => d.Id,
    [
        Long<SimDeletedTicketActivityLog>("id", d => d.Id) with { IsReadOnly = true },
        DateTime<SimDeletedTicketActivityLog>("activityDateTime", d => d.ActivityDateTime),
        Reference<SimDeletedTicketActivityLog>("createdByResourceID", d => d.CreatedByResourceId, "Resource"),
        Reference<SimDeletedTicketActivityLog>("deletedByResourceID", d => d.DeletedByResourceId, "Resource"),
        DateTime<SimDeletedTicketActivityLog>("deletedDateTime", d => d.DeletedDateTime),
        DateTime<SimDeletedTicketActivityLog>("endDateTime", d => d.EndDateTime),
        Decimal<SimDeletedTicketActivityLog>("hoursWorked", d => d.HoursWorked),
        String<SimDeletedTicketActivityLog>("noteOrAttachmentTitle", d => d.NoteOrAttachmentTitle, 250),
        DateTime<SimDeletedTicketActivityLog>("startDateTime", d => d.StartDateTime),
        Long<SimDeletedTicketActivityLog>("ticketID", d => d.TicketId),
        String<SimDeletedTicketActivityLog>("ticketNumber", d => d.TicketNumber, 50),
        Int<SimDeletedTicketActivityLog>("typeID", d => d.TypeId),
    ]);

    public static EntitySchema<SimDeletedTaskActivityLog> DeletedTaskActivities() =>
        new("DeletedTaskActivityLogs", "DeletedTaskActivityLog", d => d.Id,
    [
        Long<SimDeletedTaskActivityLog>("id", d => d.Id) with { IsReadOnly = true },
        DateTime<SimDeletedTaskActivityLog>("activityDateTime", d => d.ActivityDateTime),
        Reference<SimDeletedTaskActivityLog>("createdByResourceID", d => d.CreatedByResourceId, "Resource"),
        Reference<SimDeletedTaskActivityLog>("deletedByResourceID", d => d.DeletedByResourceId, "Resource"),
        DateTime<SimDeletedTaskActivityLog>("deletedDateTime", d => d.DeletedDateTime),
        DateTime<SimDeletedTaskActivityLog>("endDateTime", d => d.EndDateTime),
        Decimal<SimDeletedTaskActivityLog>("hoursWorked", d => d.HoursWorked),
        String<SimDeletedTaskActivityLog>("noteOrAttachmentTitle", d => d.NoteOrAttachmentTitle, 250),
        Reference<SimDeletedTaskActivityLog>("projectID", d => d.ProjectId, "Project"),
        DateTime<SimDeletedTaskActivityLog>("startDateTime", d => d.StartDateTime),
        Reference<SimDeletedTaskActivityLog>("taskID", d => d.TaskId, "Task"),
        String<SimDeletedTaskActivityLog>("taskNumber", d => d.TaskNumber, 50),
        Int<SimDeletedTaskActivityLog>("typeID", d => d.TypeId),
    ]);

    static double? Hours(DateTime from, DateTime? to) => to is { } t ? Math.Round((t - from).TotalHours, 4) : null;

    static bool? Met(DateTime? done, DateTime? due) => done is { } d && due is { } u ? d <= u : null;
}
