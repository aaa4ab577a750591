namespace Autotask.Client.Models;

/// <summary>An Autotask time entry (entity <c>TimeEntries</c>).</summary>
public sealed record TimeEntry
{
    /// <summary>The time entry id.</summary>
    public long Id { get; init; }
    /// <summary>Who worked.</summary>
    public int ResourceID { get; init; }
    /// <summary>In which role.</summary>
    public int RoleID { get; init; }
    /// <summary>The ticket, for ticket time.</summary>
    public int? TicketID { get; init; }
    /// <summary>The task, for task time.</summary>
    public int? TaskID { get; init; }
    /// <summary>Time entry type picklist value.</summary>
    public int? TimeEntryType { get; init; }
    /// <summary>The raw date worked: a calendar date Autotask stores at midnight, with no time-zone meaning.</summary>
    public DateTimeOffset DateWorked { get; init; }
    /// <summary>The date worked as the technician entered it. Never shift it by a time zone.</summary>
    public DateOnly WorkDate => DateOnly.FromDateTime(DateWorked.UtcDateTime);
    /// <summary>Start.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
    /// <summary>End.</summary>
    public DateTimeOffset? EndDateTime { get; init; }
    /// <summary>Hours worked.</summary>
    public decimal HoursWorked { get; init; }
    /// <summary>Hours to bill.</summary>
    public decimal? HoursToBill { get; init; }
    /// <summary>Offset hours.</summary>
    public decimal? OffsetHours { get; init; }
    /// <summary>Non-billable time. Hidden entirely from API users without the permission to see it.</summary>
    public bool IsNonBillable { get; init; }
    /// <summary>Shown on the invoice.</summary>
    public bool? ShowOnInvoice { get; init; }
    /// <summary>Work type.</summary>
    public int? BillingCodeID { get; init; }
    /// <summary>Contract.</summary>
    public int? ContractID { get; init; }
    /// <summary>Summary notes.</summary>
    public string? SummaryNotes { get; init; }
    /// <summary>When it was entered.</summary>
    public DateTimeOffset? CreateDateTime { get; init; }
    /// <summary>Last modified: the incremental-sync key.</summary>
    public DateTimeOffset? LastModifiedDateTime { get; init; }
}
