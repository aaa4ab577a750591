namespace Scorecard.Server.Data.Rows;

/// <summary>A synced company (client). Id 0 is the MSP itself.</summary>
public sealed class CompanyRow : ISyncedRow
{
    public long Id { get; set; }
    public string? CompanyName { get; set; }
    public string? CompanyNumber { get; set; }
    public int? CompanyType { get; set; }
    public bool IsActive { get; set; }
    public int? ParentCompanyId { get; set; }
    public int? OwnerResourceId { get; set; }
    public int? Classification { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public DateTime? CreateDate { get; set; }
    public DateTime? LastActivityDate { get; set; }
    public DateTime? LastTrackedModifiedDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
