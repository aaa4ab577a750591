namespace Autotask.Client.Models;

/// <summary>A note on a ticket (entity <c>TicketNotes</c>; written through <c>Tickets/{id}/Notes</c>).</summary>
public sealed record TicketNote : IAutotaskEntity
{
    /// <summary>The note id.</summary>
    public long Id { get; init; }
    /// <summary>The ticket.</summary>
    public int TicketID { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Text, flattened to plain text by Autotask.</summary>
    public string? Description { get; init; }
    /// <summary>Note type picklist value.</summary>
    public int? NoteType { get; init; }
    /// <summary>Who may see it (publish picklist value).</summary>
    public int? Publish { get; init; }
    /// <summary>When it was written.</summary>
    public DateTimeOffset? CreateDateTime { get; init; }
    /// <summary>Who wrote it.</summary>
    public int? CreatorResourceID { get; init; }
    /// <summary>The contact who wrote it, when a contact did.</summary>
    public int? CreatedByContactID { get; init; }
    /// <summary>Last activity: the incremental-sync key.</summary>
    public DateTimeOffset? LastActivityDate { get; init; }
}
