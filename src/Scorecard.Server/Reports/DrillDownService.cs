using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Reports;

/// <summary>A page of a drill-down: 1-based page number, page size, sort field and direction.</summary>
public sealed record DrillPage(int Page, int PageSize, string? Sort, bool Descending);

/// <summary>One cell explained: its formula, numerator and denominator, and a page of the records behind it.</summary>
public sealed record DrillDown(MetricDefinition Metric, Period Period, int? Technician, ReportCell Cell, int TotalRecords, DrillPage Page,
    IReadOnlyList<DrillTicket> Tickets, IReadOnlyList<DrillTimeEntry> TimeEntries);

public sealed record DrillTicket(long Id, string? TicketNumber, string? Title, int? QueueId, int CompanyId, int Status, int Priority,
    int? Technician, DateTime CreateDate, DateTime? CompletedDate, DateTime? FirstResponseDateTime, double? ResolutionHours,
    double? FirstResponseMinutes, bool ClosedSameDay, int? ServiceLevelAgreementId, bool? ServiceLevelAgreementHasBeenMet);

public sealed record DrillTimeEntry(long Id, int ResourceId, int? TicketId, int? TaskId, DateOnly DateWorked, decimal HoursWorked, bool IsNonBillable);

/// <summary>
/// Lists the records behind any cell with the same selection SQL the aggregates use, so the
/// number of records always agrees with the cell: paged and sorted in the database.
/// </summary>
public sealed class DrillDownService(IDbContextFactory<ScorecardDbContext> dbFactory, ReportService reports, ReportingCalendar calendar,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<string> TicketSorts = ["id", "ticket_number", "create_date", "completed_date", "queue_id", "company_id", "status", "priority"];
    public static readonly IReadOnlyList<string> TimeSorts = ["id", "date_worked", "hours_worked", "resource_id", "ticket_id"];

    public async Task<DrillDown> DrillAsync(ScorecardDefinition definition, MetricDefinition metric, Period period, int? technician, DrillPage page,
        CancellationToken ct)
    {
        var cell = await CellAsync(definition, metric, period, technician, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sql = SqlDialect.For(db);
        var selection = new Selection(definition, technician);
        if (metric.IsTimeMetric)
        {
            var billable = metric.Records == MetricRecords.BillableTimeEntries ? " AND e.\"IsNonBillable\" = FALSE" : "";
            var text = $"SELECT e.* FROM time_entries e WHERE {selection.TimeWhere} AND e.\"DateWorked\" >= {sql.Date(period.Start)} " +
                $"AND e.\"DateWorked\" < {sql.Date(period.EndExclusive)}{billable}";
            var entries = db.TimeEntries.FromSqlRaw(text).AsNoTracking();
            var rows = await SortTime(entries, page).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize).ToListAsync(ct);
            return new DrillDown(metric, period, technician, cell, await entries.CountAsync(ct), page, [],
                rows.Select(e => new DrillTimeEntry(e.Id, e.ResourceId, e.TicketId, e.TaskId, e.DateWorked, e.HoursWorked, e.IsNonBillable)).ToList());
        }

        var ticketText = $"SELECT t.* FROM tickets t WHERE {selection.TicketWhere} AND {TicketPredicate(sql, metric.Records, period)}";
        var tickets = db.Tickets.FromSqlRaw(ticketText).AsNoTracking();
        var page1 = await SortTickets(tickets, page).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize).ToListAsync(ct);
        return new DrillDown(metric, period, technician, cell, await tickets.CountAsync(ct), page, page1.Select(ToDrill).ToList(), []);
    }

    async Task<ReportCell> CellAsync(ScorecardDefinition definition, MetricDefinition metric, Period period, int? technician, CancellationToken ct)
    {
        if (technician is not { } tech)
        {
            return (await reports.ReportAsync(definition, [period], ct)).Row(metric.Id).Cells[0];
        }

        var byTech = await reports.TechniciansAsync(definition, period, ct);
        var row = byTech.Technicians.FirstOrDefault(t => t.ResourceId == tech);
        return row?.Report.Row(metric.Id).Cells[0] ?? new ReportCell(null, null, null, Goals.GoalStatus.None, period.IsInProgressAt(clock.GetUtcNow().UtcDateTime));
    }

    static string TicketPredicate(SqlDialect sql, MetricRecords records, Period p)
    {
        string Created() => $"t.\"CreateDate\" >= {sql.Instant(p.StartUtc)} AND t.\"CreateDate\" < {sql.Instant(p.EndUtc)}";
        string Closed() => $"t.\"CompletedDate\" >= {sql.Instant(p.StartUtc)} AND t.\"CompletedDate\" < {sql.Instant(p.EndUtc)}";
        string OpenAt(DateTime createdBefore) =>
            $"t.\"CreateDate\" < {sql.Instant(createdBefore)} AND (t.\"CompletedDate\" IS NULL OR t.\"CompletedDate\" >= {sql.Instant(p.EndUtc)})";
        return records switch
        {
            MetricRecords.TicketsOpened or MetricRecords.TicketsSameDay => Created(),
            MetricRecords.TicketsFirstResponse => Created() + " AND t.\"FirstResponseDateTime\" IS NOT NULL",
            MetricRecords.TicketsClosed => Closed(),
            MetricRecords.TicketsClosedWithSla => Closed() + " AND t.\"ServiceLevelAgreementId\" IS NOT NULL",
            MetricRecords.TicketsOpenAtEnd => OpenAt(p.EndUtc),
            MetricRecords.TicketsAgedAtEnd => OpenAt(p.EndUtc - PeriodSql.AgedAfter),
            _ => throw new ArgumentOutOfRangeException(nameof(records), records, "Not a ticket metric."),
        };
    }

    static IQueryable<TicketRow> SortTickets(IQueryable<TicketRow> q, DrillPage page) => (page.Sort ?? "create_date", page.Descending) switch
    {
        ("id", false) => q.OrderBy(t => t.Id),
        ("id", true) => q.OrderByDescending(t => t.Id),
        ("ticket_number", false) => q.OrderBy(t => t.TicketNumber).ThenBy(t => t.Id),
        ("ticket_number", true) => q.OrderByDescending(t => t.TicketNumber).ThenBy(t => t.Id),
        ("completed_date", false) => q.OrderBy(t => t.CompletedDate).ThenBy(t => t.Id),
        ("completed_date", true) => q.OrderByDescending(t => t.CompletedDate).ThenBy(t => t.Id),
        ("queue_id", false) => q.OrderBy(t => t.QueueId).ThenBy(t => t.Id),
        ("queue_id", true) => q.OrderByDescending(t => t.QueueId).ThenBy(t => t.Id),
        ("company_id", false) => q.OrderBy(t => t.CompanyId).ThenBy(t => t.Id),
        ("company_id", true) => q.OrderByDescending(t => t.CompanyId).ThenBy(t => t.Id),
        ("status", false) => q.OrderBy(t => t.Status).ThenBy(t => t.Id),
        ("status", true) => q.OrderByDescending(t => t.Status).ThenBy(t => t.Id),
        ("priority", false) => q.OrderBy(t => t.Priority).ThenBy(t => t.Id),
        ("priority", true) => q.OrderByDescending(t => t.Priority).ThenBy(t => t.Id),
        (_, true) => q.OrderByDescending(t => t.CreateDate).ThenBy(t => t.Id),
        _ => q.OrderBy(t => t.CreateDate).ThenBy(t => t.Id),
    };

    static IQueryable<TimeEntryRow> SortTime(IQueryable<TimeEntryRow> q, DrillPage page) => (page.Sort ?? "date_worked", page.Descending) switch
    {
        ("id", false) => q.OrderBy(e => e.Id),
        ("id", true) => q.OrderByDescending(e => e.Id),
        ("hours_worked", false) => q.OrderBy(e => (double)e.HoursWorked).ThenBy(e => e.Id),
        ("hours_worked", true) => q.OrderByDescending(e => (double)e.HoursWorked).ThenBy(e => e.Id),
        ("resource_id", false) => q.OrderBy(e => e.ResourceId).ThenBy(e => e.Id),
        ("resource_id", true) => q.OrderByDescending(e => e.ResourceId).ThenBy(e => e.Id),
        ("ticket_id", false) => q.OrderBy(e => e.TicketId).ThenBy(e => e.Id),
        ("ticket_id", true) => q.OrderByDescending(e => e.TicketId).ThenBy(e => e.Id),
        (_, true) => q.OrderByDescending(e => e.DateWorked).ThenBy(e => e.Id),
        _ => q.OrderBy(e => e.DateWorked).ThenBy(e => e.Id),
    };

    DrillTicket ToDrill(TicketRow t) => new(t.Id, t.TicketNumber, t.Title, t.QueueId, t.CompanyId, t.Status, t.Priority,
        t.CompletedDate is not null ? t.CompletedByResourceId ?? t.AssignedResourceId : t.AssignedResourceId,
        t.CreateDate, t.CompletedDate, t.FirstResponseDateTime,
        t.CompletedDate is { } c ? (c - t.CreateDate).TotalHours : null,
        t.FirstResponseDateTime is { } f ? (f - t.CreateDate).TotalMinutes : null,
        t.CompletedDate is { } done && calendar.LocalDate(done) == calendar.LocalDate(t.CreateDate),
        t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet);
}
