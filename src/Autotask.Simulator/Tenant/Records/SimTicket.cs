using static Autotask.Simulator.Tenant.Records.Compact;

namespace Autotask.Simulator.Tenant.Records;

/// <summary>
/// A ticket as the simulated tenant stores it. Mutable: the live tenant works on it. Its optional values are
/// stored compactly (<see cref="Compact"/>) behind ordinary properties, for the million tickets of the xl scale.
/// </summary>
public sealed class SimTicket
{
    int queueId = None, contactId = None, assignedResourceId = None, assignedResourceRoleId = None;
    int creatorResourceId = None, completedByResourceId = None, serviceLevelAgreementId = None, ticketType = None;
    int source = None, issueType = None, subIssueType = None, billingCodeId = None;
    int contractId = None, projectId = None, ticketCategory = None, firstResponseInitiatingResourceId = None;
    int lastActivityResourceId = None, lastActivityPersonType = None;
    long dueDateTimeTicks, firstResponseDateTimeTicks, firstResponseDueDateTimeTicks;
    long resolvedDateTimeTicks, completedDateTicks, lastTrackedModificationDateTimeTicks;
    long resolutionPlanDateTimeTicks, resolutionPlanDueDateTimeTicks;

    public long Id { get; set; }
    public string TicketNumber { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int Status { get; set; }
    public int Priority { get; set; }
    public int? QueueId { get => Int(queueId); set => queueId = Int(value); }
    public int CompanyId { get; set; }
    public int? ContactId { get => Int(contactId); set => contactId = Int(value); }
    public int? AssignedResourceId { get => Int(assignedResourceId); set => assignedResourceId = Int(value); }
    public int? AssignedResourceRoleId { get => Int(assignedResourceRoleId); set => assignedResourceRoleId = Int(value); }
    public DateTime CreateDate { get; set; }
    public int? CreatorResourceId { get => Int(creatorResourceId); set => creatorResourceId = Int(value); }
    public int CreatorType { get; set; } = 1;
    public DateTime? DueDateTime { get => At(dueDateTimeTicks); set => dueDateTimeTicks = Ticks(value); }
    public DateTime? FirstResponseDateTime { get => At(firstResponseDateTimeTicks); set => firstResponseDateTimeTicks = Ticks(value); }
    public DateTime? FirstResponseDueDateTime { get => At(firstResponseDueDateTimeTicks); set => firstResponseDueDateTimeTicks = Ticks(value); }
    public DateTime? ResolvedDateTime { get => At(resolvedDateTimeTicks); set => resolvedDateTimeTicks = Ticks(value); }
    public DateTime? CompletedDate { get => At(completedDateTicks); set => completedDateTicks = Ticks(value); }
    public int? CompletedByResourceId { get => Int(completedByResourceId); set => completedByResourceId = Int(value); }
    public DateTime LastActivityDate { get; set; }
    public DateTime? LastTrackedModificationDateTime { get => At(lastTrackedModificationDateTimeTicks); set => lastTrackedModificationDateTimeTicks = Ticks(value); }
    public int? ServiceLevelAgreementId { get => Int(serviceLevelAgreementId); set => serviceLevelAgreementId = Int(value); }
    public bool? ServiceLevelAgreementHasBeenMet { get; set; }
    public int? TicketType { get => Int(ticketType); set => ticketType = Int(value); }
    public int? Source { get => Int(source); set => source = Int(value); }
    public int? IssueType { get => Int(issueType); set => issueType = Int(value); }
    public int? SubIssueType { get => Int(subIssueType); set => subIssueType = Int(value); }
    public decimal? EstimatedHours { get; set; }
    public int? BillingCodeId { get => Int(billingCodeId); set => billingCodeId = Int(value); }
    public int? ContractId { get => Int(contractId); set => contractId = Int(value); }
    public int? ProjectId { get => Int(projectId); set => projectId = Int(value); }
    public int? TicketCategory { get => Int(ticketCategory); set => ticketCategory = Int(value); }
    public int? FirstResponseInitiatingResourceId { get => Int(firstResponseInitiatingResourceId); set => firstResponseInitiatingResourceId = Int(value); }
    public DateTime? ResolutionPlanDateTime { get => At(resolutionPlanDateTimeTicks); set => resolutionPlanDateTimeTicks = Ticks(value); }
    public DateTime? ResolutionPlanDueDateTime { get => At(resolutionPlanDueDateTimeTicks); set => resolutionPlanDueDateTimeTicks = Ticks(value); }
    public int? LastActivityResourceId { get => Int(lastActivityResourceId); set => lastActivityResourceId = Int(value); }

    /// <summary>1 = a resource, 2 = a contact made the last change (not queryable).</summary>
    public int? LastActivityPersonType { get => Int(lastActivityPersonType); set => lastActivityPersonType = Int(value); }
    public string? Resolution { get; set; }
    public Dictionary<string, string?>? UserDefinedFields { get; set; }
}
