namespace Scorecard.Server.Data.Rows;

/// <summary>A synced ticket. Ids are Autotask's; timestamps are UTC.</summary>
public sealed class TicketRow : ISyncedRow
{
    public long Id { get; set; }
    public string? TicketNumber { get; set; }
    public string? Title { get; set; }
    public int Status { get; set; }
    public int Priority { get; set; }
    public int? QueueId { get; set; }
    public int CompanyId { get; set; }
    public int? AssignedResourceId { get; set; }
    public int? TicketType { get; set; }
    public int? Source { get; set; }
    public int? ServiceLevelAgreementId { get; set; }
    public bool? ServiceLevelAgreementHasBeenMet { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime? FirstResponseDateTime { get; set; }
    public DateTime? CompletedDate { get; set; }
    public DateTime? LastActivityDate { get; set; }
    public DateTime? LastTrackedModificationDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
