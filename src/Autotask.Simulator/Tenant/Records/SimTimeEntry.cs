using static Autotask.Simulator.Tenant.Records.Compact;

namespace Autotask.Simulator.Tenant.Records;

/// <summary>
/// A time entry. There are millions at the xl scale, so its optional values are stored compactly
/// (<see cref="Compact"/>) behind ordinary properties; that halves its size.
/// </summary>
public sealed class SimTimeEntry
{
    int ticketId = None, taskId = None, billingCodeId = None, internalBillingCodeId = None, contractId = None;
    int creatorUserId = None, lastModifiedUserId = None;
    int hoursWorked, hoursToBill, offsetHours;
    long startTicks, endTicks;

    public long Id { get; set; }
    public int ResourceId { get; set; }
    public int RoleId { get; set; }
    public int? TicketId { get => Int(ticketId); set => ticketId = Int(value); }
    public int? TaskId { get => Int(taskId); set => taskId = Int(value); }
    public int TimeEntryType { get; set; }

    /// <summary>A calendar date stored at midnight, without any time-zone conversion.</summary>
    public DateTime DateWorked { get; set; }
    public DateTime? StartDateTime { get => At(startTicks); set => startTicks = Ticks(value); }
    public DateTime? EndDateTime { get => At(endTicks); set => endTicks = Ticks(value); }
    public decimal HoursWorked { get => Hours(hoursWorked); set => hoursWorked = Hours(value); }
    public decimal HoursToBill { get => Hours(hoursToBill); set => hoursToBill = Hours(value); }
    public decimal OffsetHours { get => Hours(offsetHours); set => offsetHours = Hours(value); }
    public bool IsNonBillable { get; set; }
    public bool ShowOnInvoice { get; set; }
    public int? BillingCodeId { get => Int(billingCodeId); set => billingCodeId = Int(value); }
    public int? InternalBillingCodeId { get => Int(internalBillingCodeId); set => internalBillingCodeId = Int(value); }
    public int? ContractId { get => Int(contractId); set => contractId = Int(value); }
    public string? SummaryNotes { get; set; }
    public string? InternalNotes { get; set; }
    public DateTime CreateDateTime { get; set; }
    public int? CreatorUserId { get => Int(creatorUserId); set => creatorUserId = Int(value); }
    public DateTime LastModifiedDateTime { get; set; }
    public int? LastModifiedUserId { get => Int(lastModifiedUserId); set => lastModifiedUserId = Int(value); }
}
