namespace Autotask.Simulator.Tenant.Records;

public sealed class SimTimeEntry
{
    public long Id { get; set; }
    public int ResourceId { get; set; }
    public int RoleId { get; set; }
    public int? TicketId { get; set; }
    public int? TaskId { get; set; }
    public int TimeEntryType { get; set; }

    /// <summary>A calendar date stored at midnight, without any time-zone conversion.</summary>
    public DateTime DateWorked { get; set; }
    public DateTime? StartDateTime { get; set; }
    public DateTime? EndDateTime { get; set; }
    public decimal HoursWorked { get; set; }
    public decimal HoursToBill { get; set; }
    public decimal OffsetHours { get; set; }
    public bool IsNonBillable { get; set; }
    public bool ShowOnInvoice { get; set; }
    public int? BillingCodeId { get; set; }
    public int? InternalBillingCodeId { get; set; }
    public int? ContractId { get; set; }
    public string? SummaryNotes { get; set; }
    public string? InternalNotes { get; set; }
    public DateTime CreateDateTime { get; set; }
    public int? CreatorUserId { get; set; }
    public DateTime LastModifiedDateTime { get; set; }
    public int? LastModifiedUserId { get; set; }
}
