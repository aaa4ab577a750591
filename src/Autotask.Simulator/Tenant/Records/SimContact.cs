namespace Autotask.Simulator.Tenant.Records;

/// <summary>A client's contact (autotask-api.md §6.5). <see cref="IsActive"/> is an int (1/0) on the wire, unlike other entities.</summary>
public sealed class SimContact
{
    public long Id { get; set; }
    public int CompanyId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Title { get; set; }
    public string? EmailAddress { get; set; }
    public string? Phone { get; set; }
    public string? MobilePhone { get; set; }
    public int IsActive { get; set; } = 1;
    public bool PrimaryContact { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime? LastActivityDate { get; set; }
    public DateTime LastModifiedDate { get; set; }
    public Dictionary<string, string?>? UserDefinedFields { get; set; }
}
