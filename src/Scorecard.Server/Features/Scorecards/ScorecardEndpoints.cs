using Scorecard.Periods;
using Scorecard.Server.Api;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>The prototype's weekly and quarterly scorecard endpoints (design.md §4), rendered from the report.</summary>
static class ScorecardEndpoints
{
    public static void MapScorecardEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/autotask/scorecard").WithTags("Scorecard");
        g.MapGet("/weekly", Weekly).WithName("GetWeeklyScorecard");
        g.MapGet("/quarterly", Quarterly).WithName("GetQuarterlyScorecard");
    }

    static async Task<WeeklyResponse> Weekly(string? week, string? year, string? queue, string? scorecard, ScorecardResolver scorecards,
        ReportService reports, TimeProvider clock, CancellationToken ct)
    {
        var period = PeriodParameters.Week(week, year, reports.Calendar, clock);
        var definition = await scorecards.ResolveAsync(queue, scorecard, ct);
        var report = await reports.ReportAsync(definition, [period], ct);
        return WeeklyResponse.From(report, 0, reports.Calendar);
    }

    static async Task<QuarterlyResponse> Quarterly(string? quarter, string? year, string? queue, string? scorecard, ScorecardResolver scorecards,
        ReportService reports, TimeProvider clock, CancellationToken ct)
    {
        var q = PeriodParameters.Quarter(quarter, year, reports.Calendar, clock);
        var definition = await scorecards.ResolveAsync(queue, scorecard, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Weeks that have not begun are left out; the week in progress is listed but not averaged.
        var weeks = reports.Calendar.QuarterWeeksBegun(q, now);
        var report = await reports.ReportAsync(definition, weeks, ct);
        return QuarterlyResponse.From(q, report, reports.Calendar);
    }
}
