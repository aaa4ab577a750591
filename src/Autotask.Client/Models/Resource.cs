namespace Autotask.Client.Models;

/// <summary>An Autotask resource (a person, or an API user).</summary>
public sealed record Resource
{
    /// <summary>The resource id.</summary>
    public long Id { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>E-mail.</summary>
    public string? Email { get; init; }
    /// <summary>User name.</summary>
    public string? UserName { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>e.g. "Employee".</summary>
    public string? ResourceType { get; init; }
    /// <summary>License type.</summary>
    public int? LicenseType { get; init; }
    /// <summary>User type.</summary>
    public int? UserType { get; init; }
    /// <summary>"First Last".</summary>
    public string DisplayName => $"{FirstName} {LastName}".Trim();
}
