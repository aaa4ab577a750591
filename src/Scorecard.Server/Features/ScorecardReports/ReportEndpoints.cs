using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Api;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.Scorecards;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Features.ScorecardReports;

/// <summary>A stored scorecard's numbers: the grid of N weeks, a quarter, one period per technician, and the drill-down of any cell.</summary>
static class ReportEndpoints
{
    const int MaxWeeks = 104;

    public static RouteGroupBuilder MapScorecardReports(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/scorecards/{key}").WithTags("Scorecard reports");
        g.MapGet("/grid", Grid).WithName("GetScorecardGrid");
        g.MapGet("/quarter", Quarter).WithName("GetScorecardQuarter");
        g.MapGet("/technicians", Technicians).WithName("GetScorecardTechnicians");
        g.MapGet("/drilldown", DrillDown).WithName("DrillDownScorecardCell");
        return g;
    }

    /// <summary><c>weeks</c> weeks (default 13) ending at <c>week</c>/<c>year</c>, at the week holding <c>date</c>, or at the current week.</summary>
    static async Task<Ok<ReportBody>> Grid(string key, string? weeks, string? week, string? year, string? date, ScorecardStore store,
        ReportService reports, TimeProvider clock, CancellationToken ct)
    {
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var report = await reports.ReportAsync(definition, GridWeeks(weeks, week, year, date, reports.Calendar, clock), ct);
        return TypedResults.Ok(ReportBody.From(report, reports.Calendar));
    }

    /// <summary>The grid's weeks from the query (shared with the exports, so both read the parameters alike).</summary>
    internal static IReadOnlyList<Period> GridWeeks(string? weeks, string? week, string? year, string? date, ReportingCalendar calendar, TimeProvider clock)
    {
        var count = QueryParameters.OptionalInt("weeks", weeks, 1, MaxWeeks) ?? 13;
        Period last;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (week is not null || year is not null)
            {
                throw ProblemException.BadRequest("Give either date or week and year, not both.");
            }

            last = calendar.WeekContaining(QueryParameters.RequiredDate("date", date));
        }
        else
        {
            last = week is null && year is null ? calendar.WeekContaining(clock.GetUtcNow()) : PeriodParameters.Week(week, year, calendar, clock);
        }

        return calendar.WeeksEndingAt(last, count);
    }

    /// <summary>The weeks that start in the (fiscal) quarter, with the Q average and totals; past quarters too.</summary>
    static async Task<Ok<ReportBody>> Quarter(string key, string? quarter, string? year, ScorecardStore store, ReportService reports,
        TimeProvider clock, CancellationToken ct)
    {
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var (q, weeks) = QuarterWeeks(quarter, year, reports.Calendar, clock);
        var report = await reports.ReportAsync(definition, weeks, ct);
        return TypedResults.Ok(ReportBody.From(report, reports.Calendar, PeriodBody.From(q, q.IsInProgressAt(clock.GetUtcNow().UtcDateTime))));
    }

    /// <summary>The quarter from the query and its weeks that have begun.</summary>
    internal static (Period Quarter, IReadOnlyList<Period> Weeks) QuarterWeeks(string? quarter, string? year, ReportingCalendar calendar, TimeProvider clock)
    {
        var q = PeriodParameters.Quarter(quarter, year, calendar, clock);
        return (q, calendar.QuarterWeeksBegun(q, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Every metric per technician for one <c>period</c> (default: the current week).</summary>
    static async Task<Ok<TechniciansBody>> Technicians(string key, string? period, ScorecardStore store, ReportService reports,
        TimeProvider clock, CancellationToken ct)
    {
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var p = string.IsNullOrWhiteSpace(period) ? reports.Calendar.WeekContaining(clock.GetUtcNow()) : PeriodKeys.Parse(period, reports.Calendar);
        var t = await reports.TechniciansAsync(definition, p, ct);
        return TypedResults.Ok(TechniciansBody.From(t, clock.GetUtcNow().UtcDateTime));
    }

    static async Task<Ok<DrillDownBody>> DrillDown(string key, string? metric, string? period, string? technician, string? page, string? page_size,
        string? sort, string? desc, ScorecardStore store, ReportService reports, DrillDownService drill, CancellationToken ct)
    {
        var definition = await ScorecardDefinitionEndpoints.FindAsync(store, key, ct);
        var (m, p, tech) = DrillCell(metric, period, technician, reports.Calendar);
        var (sortBy, descending) = DrillSort(m, sort, desc);
        var paging = new DrillPage(QueryParameters.OptionalInt("page", page, 1, 1_000_000) ?? 1,
            QueryParameters.OptionalInt("page_size", page_size, 1, 500) ?? 50, sortBy, descending);
        var result = await drill.DrillAsync(definition, m, p, tech, paging, ct);
        return TypedResults.Ok(DrillDownBody.From(definition, result, sortBy));
    }

    /// <summary>The drill-down's order from <c>sort</c> (default: created, or date worked) and <c>desc</c> (shared with the exports).</summary>
    internal static (string Sort, bool Descending) DrillSort(MetricDefinition m, string? sort, string? desc)
    {
        var sorts = m.IsTimeMetric ? DrillDownService.TimeSorts : DrillDownService.TicketSorts;
        var sortBy = string.IsNullOrWhiteSpace(sort) ? sorts[m.IsTimeMetric ? 1 : 2] : sort.Trim().ToLowerInvariant();
        if (!sorts.Contains(sortBy))
        {
            throw ProblemException.BadRequest($"sort '{sort}' is not one of: {string.Join(", ", sorts)}.");
        }

        var descending = desc?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "0" => false,
            "true" or "1" => true,
            _ => throw ProblemException.BadRequest($"desc must be true or false; got '{desc}'."),
        };
        return (sortBy, descending);
    }

    /// <summary>Which cell a drill-down names: metric, period and optionally a technician (shared with the exports).</summary>
    internal static (MetricDefinition Metric, Period Period, int? Technician) DrillCell(string? metric, string? period, string? technician, ReportingCalendar calendar)
    {
        var m = MetricCatalog.Find(metric ?? "") ?? throw ProblemException.BadRequest(
            $"metric '{metric}' is not a metric; known metrics: {string.Join(", ", MetricCatalog.All.Select(x => x.Id))}.");
        if (string.IsNullOrWhiteSpace(period))
        {
            throw ProblemException.BadRequest("period is required: a week (2026-W47), a quarter (2027-Q1) or dates (2026-11-01..2026-11-30).");
        }

        return (m, PeriodKeys.Parse(period, calendar), QueryParameters.OptionalInt("technician", technician, 0, int.MaxValue));
    }
}
