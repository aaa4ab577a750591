namespace Autotask.Simulator.Tenant.Records;

/// <summary>A ticket as the simulated tenant stores it. Mutable: the live tenant works on it.</summary>
public sealed class SimTicket
{
    public long Id { get; set; }
    public string TicketNumber { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int Status { get; set; }
    public int Priority { get; set; }
    public int? QueueId { get; set; }
    public int CompanyId { get; set; }
    public int? ContactId { get; set; }
    public int? AssignedResourceId { get; set; }
    public int? AssignedResourceRoleId { get; set; }
    public DateTime CreateDate { get; set; }
    public int? CreatorResourceId { get; set; }
    public int CreatorType { get; set; } = 1;
    public DateTime? DueDateTime { get; set; }
    public DateTime? FirstResponseDateTime { get; set; }
    public DateTime? FirstResponseDueDateTime { get; set; }
    public DateTime? ResolvedDateTime { get; set; }
    public DateTime? CompletedDate { get; set; }
    public int? CompletedByResourceId { get; set; }
    public DateTime LastActivityDate { get; set; }
    public DateTime? LastTrackedModificationDateTime { get; set; }
    public int? ServiceLevelAgreementId { get; set; }
    public bool? ServiceLevelAgreementHasBeenMet { get; set; }
    public int? TicketType { get; set; }
    public int? Source { get; set; }
    public int? IssueType { get; set; }
    public int? SubIssueType { get; set; }
    public decimal? EstimatedHours { get; set; }
    public int? BillingCodeId { get; set; }
    public int? ContractId { get; set; }
    public int? ProjectId { get; set; }
    public int? TicketCategory { get; set; }
    public int? FirstResponseInitiatingResourceId { get; set; }
    public DateTime? ResolutionPlanDateTime { get; set; }
    public DateTime? ResolutionPlanDueDateTime { get; set; }
    public int? LastActivityResourceId { get; set; }

    /// <summary>1 = a resource, 2 = a contact made the last change (not queryable).</summary>
    public int? LastActivityPersonType { get; set; }
    public string? Resolution { get; set; }
    public Dictionary<string, string?>? UserDefinedFields { get; set; }
}
