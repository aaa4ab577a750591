namespace Scorecard.Server.Data.Rows;

/// <summary>A synced resource (technician or API user): names for owners, teams and per-technician rows.</summary>
public sealed class ResourceRow : ISyncedRow
{
    public long Id { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? UserName { get; set; }
    public bool IsActive { get; set; }
    public string? ResourceType { get; set; }
    public int? LicenseType { get; set; }
    public int? UserType { get; set; }
    public string? Title { get; set; }
    public long? DefaultServiceDeskRoleId { get; set; }
    public int? LocationId { get; set; }
    public DateTime SyncedAt { get; set; }

    public string DisplayName => $"{FirstName} {LastName}".Trim();
}
