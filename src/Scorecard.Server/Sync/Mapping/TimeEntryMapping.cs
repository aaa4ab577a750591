using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Mapping;

/// <summary>A time entry as stored. <c>dateWorked</c> keeps its calendar date, never shifted by a time zone.</summary>
static class TimeEntryMapping
{
    public static TimeEntryRow ToRow(this TimeEntry e, DateTime syncedAt) => new()
    {
        Id = e.Id,
        ResourceId = e.ResourceID,
        RoleId = e.RoleID == 0 ? null : e.RoleID,
        TicketId = e.TicketID,
        TaskId = e.TaskID,
        TimeEntryType = e.TimeEntryType,
        DateWorked = e.WorkDate,
        StartDateTime = e.StartDateTime?.UtcDateTime,
        EndDateTime = e.EndDateTime?.UtcDateTime,
        HoursWorked = e.HoursWorked,
        HoursToBill = e.HoursToBill,
        IsNonBillable = e.IsNonBillable,
        BillingCodeId = e.BillingCodeID,
        ContractId = e.ContractID,
        CreateDateTime = e.CreateDateTime?.UtcDateTime,
        LastModifiedDateTime = e.LastModifiedDateTime?.UtcDateTime,
        SyncedAt = syncedAt,
    };
}
