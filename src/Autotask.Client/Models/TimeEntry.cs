namespace Autotask.Client.Models;

/// <summary>An Autotask time entry (entity <c>TimeEntries</c>).</summary>
public sealed record TimeEntry : IAutotaskEntity
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
    /// <summary>Internal work type.</summary>
    public int? InternalBillingCodeID { get; init; }
    /// <summary>Contract service.</summary>
    public long? ContractServiceID { get; init; }
    /// <summary>Contract service bundle.</summary>
    public long? ContractServiceBundleID { get; init; }
    /// <summary>Internal notes.</summary>
    public string? InternalNotes { get; init; }
    /// <summary>Who entered it.</summary>
    public int? CreatorUserID { get; init; }
    /// <summary>Who changed it last.</summary>
    public int? LastModifiedUserID { get; init; }
    /// <summary>When billing was approved.</summary>
    public DateTimeOffset? BillingApprovalDateTime { get; init; }
    /// <summary>Most recent approval level.</summary>
    public int? BillingApprovalLevelMostRecent { get; init; }
    /// <summary>Who approved billing.</summary>
    public int? BillingApprovalResourceID { get; init; }
    /// <summary>The resource an integration impersonated when creating it.</summary>
    public int? ImpersonatorCreatorResourceID { get; init; }
    /// <summary>The resource an integration impersonated when updating it.</summary>
    public int? ImpersonatorUpdaterResourceID { get; init; }
    /// <summary>When it was entered.</summary>
    public DateTimeOffset? CreateDateTime { get; init; }
    /// <summary>Last modified: the incremental-sync key.</summary>
    public DateTimeOffset? LastModifiedDateTime { get; init; }
}
