namespace Autotask.Client.Models;

/// <summary>A deleted time entry, note or attachment of a ticket (entity <c>DeletedTicketActivityLogs</c>, query-only).</summary>
public sealed record DeletedTicketActivityLog : IAutotaskEntity
{
    /// <summary>The log id.</summary>
    public long Id { get; init; }
    /// <summary>What was deleted (time entry, note, attachment).</summary>
    public int? TypeID { get; init; }
    /// <summary>The ticket.</summary>
    public long? TicketID { get; init; }
    /// <summary>The ticket's number.</summary>
    public string? TicketNumber { get; init; }
    /// <summary>The note's or attachment's title.</summary>
    public string? NoteOrAttachmentTitle { get; init; }
    /// <summary>Who created the deleted item.</summary>
    public int? CreatedByResourceID { get; init; }
    /// <summary>When the deleted activity happened.</summary>
    public DateTimeOffset? ActivityDateTime { get; init; }
    /// <summary>Start of deleted time.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
    /// <summary>End of deleted time.</summary>
    public DateTimeOffset? EndDateTime { get; init; }
    /// <summary>Hours of deleted time.</summary>
    public decimal? HoursWorked { get; init; }
    /// <summary>Who deleted it.</summary>
    public int? DeletedByResourceID { get; init; }
    /// <summary>When: the incremental-sync key.</summary>
    public DateTimeOffset? DeletedDateTime { get; init; }
}
