namespace Autotask.Simulator.Tenant.Records;

/// <summary>A project (autotask-api.md §6.7); its tasks carry the project's task time.</summary>
public sealed class SimProject
{
    public long Id { get; set; }
    public string ProjectName { get; set; } = "";
    public string? ProjectNumber { get; set; }
    public int CompanyId { get; set; }
    public int Status { get; set; }
    public int ProjectType { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public DateTime? CompletedDateTime { get; set; }
    public int CompletedPercentage { get; set; }
    public DateTime CreateDateTime { get; set; }
    public DateTime LastActivityDateTime { get; set; }
    public int? ProjectLeadResourceId { get; set; }
    public int? ContractId { get; set; }
    public decimal? EstimatedTime { get; set; }
}

/// <summary>A project task (autotask-api.md §6.7).</summary>
public sealed class SimTask
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public string Title { get; set; } = "";
    public string? TaskNumber { get; set; }
    public int Status { get; set; }
    public int? Priority { get; set; }
    public int? AssignedResourceId { get; set; }
    public int? AssignedResourceRoleId { get; set; }
    public int? BillingCodeId { get; set; }
    public DateTime CreateDateTime { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public DateTime? CompletedDateTime { get; set; }
    public DateTime LastActivityDateTime { get; set; }
    public decimal? EstimatedHours { get; set; }
    public decimal? RemainingHours { get; set; }
}
