namespace Autotask.Simulator.Tenant.Records;

/// <summary>A deleted ticket (<c>DeletedTicketLogs</c>); the ticket itself is gone from <c>Tickets</c>.</summary>
public sealed class SimDeletedTicketLog
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public string TicketNumber { get; set; } = "";
    public string TicketTitle { get; set; } = "";
    public int DeletedByResourceId { get; set; }
    public DateTime DeletedDateTime { get; set; }
}

/// <summary>A deleted time entry or note of a ticket (<c>DeletedTicketActivityLogs</c>).</summary>
public sealed class SimDeletedTicketActivityLog
{
    public const int TimeEntryType = 1;
    public const int NoteType = 2;

    public long Id { get; set; }

    /// <summary>What was deleted: <see cref="TimeEntryType"/> or <see cref="NoteType"/>.</summary>
    public int TypeId { get; set; }
    public long TicketId { get; set; }
    public string TicketNumber { get; set; } = "";
    public string? NoteOrAttachmentTitle { get; set; }
    public int CreatedByResourceId { get; set; }
    public DateTime ActivityDateTime { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public decimal? HoursWorked { get; set; }
    public int DeletedByResourceId { get; set; }
    public DateTime DeletedDateTime { get; set; }
}

/// <summary>
/// A deleted time entry or note of a project task (<c>DeletedTaskActivityLogs</c>), the task-side twin of
/// <see cref="SimDeletedTicketActivityLog"/> (autotask-api.md §6.8). Like it, it names the task, not the entry.
/// </summary>
public sealed class SimDeletedTaskActivityLog
{
    public long Id { get; set; }

    /// <summary>What was deleted: <see cref="SimDeletedTicketActivityLog.TimeEntryType"/> or <see cref="SimDeletedTicketActivityLog.NoteType"/>.</summary>
    public int TypeId { get; set; }
    public long TaskId { get; set; }
    public string TaskNumber { get; set; } = "";
    public long ProjectId { get; set; }
    public string? NoteOrAttachmentTitle { get; set; }
    public int CreatedByResourceId { get; set; }
    public DateTime ActivityDateTime { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public decimal? HoursWorked { get; set; }
    public int DeletedByResourceId { get; set; }
    public DateTime DeletedDateTime { get; set; }
}
