namespace Autotask.Simulator.Tenant.Records;

public sealed class SimCompany
{
    public long Id { get; set; }
    public string CompanyName { get; set; } = "";
    public string? CompanyNumber { get; set; }
    public int CompanyType { get; set; } = 1;
    public bool IsActive { get; set; } = true;
    public int? OwnerResourceId { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime? LastActivityDate { get; set; }
    public DateTime? LastTrackedModifiedDateTime { get; set; }
    public string? Address1 { get; set; }
    public string? PostalCode { get; set; }
    public string? WebAddress { get; set; }
    public int? CreatedByResourceId { get; set; }
    public Dictionary<string, string?>? UserDefinedFields { get; set; }
}
