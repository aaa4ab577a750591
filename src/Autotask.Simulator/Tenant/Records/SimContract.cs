namespace Autotask.Simulator.Tenant.Records;

/// <summary>A client contract (autotask-api.md §6.6): no modified stamp, so clients resync it whole.</summary>
public sealed class SimContract
{
    public long Id { get; set; }
    public int CompanyId { get; set; }
    public string ContractName { get; set; } = "";
    public string? ContractNumber { get; set; }
    public int ContractType { get; set; }
    public int? ContractCategory { get; set; }
    public int Status { get; set; } = 1;

    /// <summary>Date-only, stored at midnight without conversion.</summary>
    public DateTime StartDate { get; set; }
    public DateTime EndDate { get; set; }
    public int? ServiceLevelAgreementId { get; set; }
    public bool IsDefaultContract { get; set; }
    public decimal? EstimatedHours { get; set; }
    public decimal? EstimatedRevenue { get; set; }
    public int? ContactId { get; set; }
    public Dictionary<string, string?>? UserDefinedFields { get; set; }
}
