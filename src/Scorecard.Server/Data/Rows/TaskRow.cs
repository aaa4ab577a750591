namespace Scorecard.Server.Data.Rows;

/// <summary>A synced project task: what task time entries refer to.</summary>
public sealed class TaskRow : ISyncedRow
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public string? Title { get; set; }
    public string? TaskNumber { get; set; }
    public int? Status { get; set; }
    public int? Priority { get; set; }
    public int? AssignedResourceId { get; set; }
    public int? AssignedResourceRoleId { get; set; }
    public int? BillingCodeId { get; set; }
    public decimal? EstimatedHours { get; set; }
    public DateTime? CreateDateTime { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public DateTime? CompletedDateTime { get; set; }
    public DateTime? LastActivityDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
