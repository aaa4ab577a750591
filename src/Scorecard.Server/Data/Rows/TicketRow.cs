namespace Scorecard.Server.Data.Rows;

/// <summary>
/// A synced ticket: every field the metrics, scorecard filters and drill-down need. Ids are
/// Autotask's; picklist fields hold Autotask's codes (labels live in <see cref="PicklistRow"/>);
/// timestamps are UTC.
/// </summary>
public sealed class TicketRow : ISyncedRow
{
    public long Id { get; set; }
    public string? TicketNumber { get; set; }
    public string? Title { get; set; }
    public int Status { get; set; }
    public int Priority { get; set; }
    public int? QueueId { get; set; }
    public int CompanyId { get; set; }
    public int? ContactId { get; set; }
    public int? AssignedResourceId { get; set; }
    public int? AssignedResourceRoleId { get; set; }
    public int? CreatorResourceId { get; set; }
    public int? CompletedByResourceId { get; set; }
    public int? TicketType { get; set; }
    public int? Source { get; set; }
    public int? IssueType { get; set; }
    public int? SubIssueType { get; set; }
    public int? TicketCategory { get; set; }
    public int? BillingCodeId { get; set; }
    public int? ContractId { get; set; }
    public int? ProjectId { get; set; }
    public int? ServiceLevelAgreementId { get; set; }
    public bool? ServiceLevelAgreementHasBeenMet { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime? DueDateTime { get; set; }
    public DateTime? FirstResponseDateTime { get; set; }
    public DateTime? FirstResponseDueDateTime { get; set; }
    public DateTime? ResolvedDateTime { get; set; }
    public DateTime? CompletedDate { get; set; }
    public DateTime? LastActivityDate { get; set; }
    public DateTime? LastTrackedModificationDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
