namespace Autotask.Client.Models;

/// <summary>
/// A deleted time entry or note of a project task (entity <c>DeletedTaskActivityLogs</c>, query-only). Like
/// <see cref="DeletedTicketActivityLog"/> it names the task, not the deleted entry's id.
/// </summary>
public sealed record DeletedTaskActivityLog : IAutotaskEntity
{
    /// <summary>The log id.</summary>
    public long Id { get; init; }
    /// <summary>What was deleted (time entry, note, attachment).</summary>
    public int? TypeID { get; init; }
    /// <summary>The task.</summary>
    public long? TaskID { get; init; }
    /// <summary>The task's number.</summary>
    public string? TaskNumber { get; init; }
    /// <summary>The task's project.</summary>
    public long? ProjectID { get; init; }
    /// <summary>The note's title or the time entry's summary.</summary>
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
