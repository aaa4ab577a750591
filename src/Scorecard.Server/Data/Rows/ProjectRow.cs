namespace Scorecard.Server.Data.Rows;

/// <summary>A synced project; its tasks carry task time.</summary>
public sealed class ProjectRow : ISyncedRow
{
    public long Id { get; set; }
    public string? ProjectName { get; set; }
    public string? ProjectNumber { get; set; }
    public int CompanyId { get; set; }
    public int? Status { get; set; }
    public int? ProjectType { get; set; }
    public int? ProjectLeadResourceId { get; set; }
    public int? ContractId { get; set; }
    public int? CompletedPercentage { get; set; }
    public DateTime? CreateDateTime { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public DateTime? CompletedDateTime { get; set; }
    public DateTime? LastActivityDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
