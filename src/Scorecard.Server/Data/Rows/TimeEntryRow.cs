namespace Scorecard.Server.Data.Rows;

/// <summary>A synced time entry. <see cref="DateWorked"/> is the date as entered, never shifted.</summary>
public sealed class TimeEntryRow : ISyncedRow
{
    public long Id { get; set; }
    public int ResourceId { get; set; }
    public int? TicketId { get; set; }
    public int? TaskId { get; set; }
    public int? RoleId { get; set; }
    public int? TimeEntryType { get; set; }
    public int? ContractId { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public decimal? HoursToBill { get; set; }
    public DateOnly DateWorked { get; set; }
    public decimal HoursWorked { get; set; }
    public bool IsNonBillable { get; set; }
    public int? BillingCodeId { get; set; }
    public DateTime? CreateDateTime { get; set; }
    public DateTime? LastModifiedDateTime { get; set; }
    public DateTime SyncedAt { get; set; }
}
