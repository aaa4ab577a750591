namespace Autotask.Client.Models;

/// <summary>A resource's membership of a queue (entity <c>ResourceRoleQueues</c>).</summary>
public sealed record ResourceRoleQueue : IAutotaskEntity
{
    /// <summary>The membership id.</summary>
    public long Id { get; init; }
    /// <summary>The resource.</summary>
    public int ResourceID { get; init; }
    /// <summary>The queue (a Tickets.queueID picklist value).</summary>
    public int QueueID { get; init; }
    /// <summary>The role, where Autotask sends one.</summary>
    public int? RoleID { get; init; }
}
