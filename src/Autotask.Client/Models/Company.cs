namespace Autotask.Client.Models;

/// <summary>An Autotask company. Id 0 is the tenant's own company.</summary>
public sealed record Company
{
    /// <summary>The company id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? CompanyName { get; init; }
    /// <summary>Number.</summary>
    public string? CompanyNumber { get; init; }
    /// <summary>Company type picklist value.</summary>
    public int? CompanyType { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>Last tracked modification (note Autotask's spelling "Modified").</summary>
    public DateTimeOffset? LastTrackedModifiedDateTime { get; init; }
}
