namespace Autotask.Client.Models;

/// <summary>A role (entity <c>Roles</c>): what a resource works as on tickets, tasks and queues.</summary>
public sealed record Role : IAutotaskEntity
{
    /// <summary>The role id (tickets' <c>assignedResourceRoleID</c>, time entries' <c>roleID</c>).</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>Multiplier of the hourly rate.</summary>
    public decimal? HourlyFactor { get; init; }
    /// <summary>Hourly rate.</summary>
    public decimal? HourlyRate { get; init; }
    /// <summary>Role type (picklist).</summary>
    public int? RoleType { get; init; }
    /// <summary>A system role (read-only).</summary>
    public bool? IsSystemRole { get; init; }
    /// <summary>Kept off new contracts.</summary>
    public bool? IsExcludedFromNewContracts { get; init; }
}
