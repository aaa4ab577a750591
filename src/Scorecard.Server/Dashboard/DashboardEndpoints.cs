using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Scorecards;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Dashboard;

/// <summary>The scorecard page at <c>/scorecard</c> (also <c>/scorecard.html</c>): the last 13 weeks of the report, with goals and colours.</summary>
static class DashboardEndpoints
{
    public const int Weeks = 13;

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/scorecard")).ExcludeFromDescription();
        app.MapGet("/scorecard", Page).ExcludeFromDescription();
        app.MapGet("/scorecard.html", Page).ExcludeFromDescription();
    }

    static async Task<IResult> Page(string? queue, string? scorecard, ScorecardResolver scorecards, ReportService reports,
        TimeProvider clock, ScorecardDbContext db, CancellationToken ct)
    {
        var definition = string.IsNullOrWhiteSpace(queue) && string.IsNullOrWhiteSpace(scorecard)
            ? await scorecards.DefaultAsync(ct)
            : await scorecards.ResolveAsync(queue, scorecard, ct);
        var calendar = reports.Calendar;
        var report = await reports.ReportAsync(definition, calendar.WeeksEndingAt(calendar.WeekContaining(clock.GetUtcNow()), Weeks), ct);
        var lastSync = await db.SyncStates.AsNoTracking().MaxAsync(s => s.LastRunCompletedUtc, ct);
        return Results.Content(ScorecardPage.Render(report, calendar, lastSync), "text/html; charset=utf-8");
    }
}
