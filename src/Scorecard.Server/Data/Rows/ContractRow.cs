namespace Scorecard.Server.Data.Rows;

/// <summary>A synced contract. Its start and end are calendar dates, as Autotask stores them.</summary>
public sealed class ContractRow : ISyncedRow
{
    public long Id { get; set; }
    public int CompanyId { get; set; }
    public string? ContractName { get; set; }
    public string? ContractNumber { get; set; }
    public int? ContractType { get; set; }
    public int? ContractCategory { get; set; }
    public int? Status { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int? ServiceLevelAgreementId { get; set; }
    public bool? IsDefaultContract { get; set; }
    public decimal? EstimatedHours { get; set; }
    public DateTime SyncedAt { get; set; }
}
