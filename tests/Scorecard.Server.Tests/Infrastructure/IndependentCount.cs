using System.Globalization;
using Autotask.Simulator.Tenant;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// The weekly numbers recomputed straight from the simulator's own records and design.md §3,
/// written apart from Scorecard.Metrics so a shared mistake cannot hide.
/// </summary>
static class IndependentCount
{
    public sealed record Week(int Opened, int Closed, int SameDay, decimal Billable, decimal Total)
    {
        public double? SameDayRate => Opened == 0 ? null : (double)SameDay / Opened;
        public double? Utilization => Total == 0 ? null : (double)(Billable / Total);
    }

    public static Week For(TenantData tenant, int isoYear, int isoWeek, int? queue)
    {
        var zone = tenant.Zone;
        var monday = ISOWeek.ToDateTime(isoYear, isoWeek, DayOfWeek.Monday);
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(monday, zone);
        var endUtc = TimeZoneInfo.ConvertTimeToUtc(monday.AddDays(7), zone);
        DateTime LocalDay(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).Date;

        var tickets = tenant.Tickets.Snapshot().Where(t => queue is null || t.QueueId == queue).ToList();
        var opened = tickets.Where(t => t.CreateDate >= startUtc && t.CreateDate < endUtc).ToList();
        var closed = tickets.Count(t => t.CompletedDate >= startUtc && t.CompletedDate < endUtc);
        var sameDay = opened.Count(t => t.CompletedDate is { } c && LocalDay(c) == LocalDay(t.CreateDate));

        var ticketIds = tickets.Select(t => t.Id).ToHashSet();
        var entries = tenant.TimeEntries.Snapshot()
            .Where(e => e.DateWorked.Date >= monday && e.DateWorked.Date < monday.AddDays(7))
            .Where(e => queue is null || (e.TicketId is { } id && ticketIds.Contains(id)))
            .ToList();
        return new Week(opened.Count, closed, sameDay,
            entries.Where(e => !e.IsNonBillable).Sum(e => e.HoursWorked), entries.Sum(e => e.HoursWorked));
    }
}
