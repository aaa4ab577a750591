namespace Autotask.Simulator.Tenant.Records;

public sealed class SimResource
{
    public long Id { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Title { get; set; }
    public string Email { get; set; } = "";
    public string UserName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public string ResourceType { get; set; } = "Employee";
    public int UserType { get; set; }
    public int LicenseType { get; set; }
    public DateTime? HireDate { get; set; }
    public long? DefaultServiceDeskRoleId { get; set; }
    public string? OfficePhone { get; set; }
    public int? LocationId { get; set; }
}
