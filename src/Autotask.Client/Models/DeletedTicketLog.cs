namespace Autotask.Client.Models;

/// <summary>A deleted ticket (entity <c>DeletedTicketLogs</c>, query-only): how a sync learns of deletions.</summary>
public sealed record DeletedTicketLog : IAutotaskEntity
{
    /// <summary>The log id.</summary>
    public long Id { get; init; }
    /// <summary>The deleted ticket's id.</summary>
    public long TicketID { get; init; }
    /// <summary>Its number.</summary>
    public string? TicketNumber { get; init; }
    /// <summary>Its title.</summary>
    public string? TicketTitle { get; init; }
    /// <summary>Who deleted it.</summary>
    public int? DeletedByResourceID { get; init; }
    /// <summary>When: the incremental-sync key.</summary>
    public DateTimeOffset? DeletedDateTime { get; init; }
}
