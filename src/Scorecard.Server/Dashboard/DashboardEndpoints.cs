using Microsoft.Extensions.Options;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace Scorecard.Server.Dashboard;

/// <summary>The scorecard page at <c>/scorecard</c> (also <c>/scorecard.html</c>): the last 13 weeks with goals and colours.</summary>
static class DashboardEndpoints
{
    public const int Weeks = 13;

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/scorecard")).ExcludeFromDescription();
        app.MapGet("/scorecard", Page).ExcludeFromDescription();
        app.MapGet("/scorecard.html", Page).ExcludeFromDescription();
    }

    static async Task<IResult> Page(string? queue, ScorecardFacts facts, QueueResolver queues, ReportingCalendar calendar,
        TimeProvider clock, IOptions<ScorecardOptions> options, ScorecardDbContext db, CancellationToken ct)
    {
        // An explicit queue must exist (400 otherwise); the configured default falls back to all queues.
        var selection = string.IsNullOrWhiteSpace(queue)
            ? await queues.ResolveOrAllAsync(options.Value.DefaultQueue, ct)
            : await queues.ResolveAsync(queue, ct);
        var now = clock.GetUtcNow();
        var current = calendar.WeekContaining(now);
        var weeks = Enumerable.Range(0, Weeks)
            .Select(i => calendar.Days(current.Start.AddDays(-7 * (Weeks - 1 - i)), current.Start.AddDays((-7 * (Weeks - 1 - i)) + 7)))
            .ToList();
        var computed = await facts.ComputeAsync(weeks, calendar, selection, ct);
        var goals = options.Value.Goals.ToDictionary(kv => kv.Key, kv => kv.Value.ToGoal(), StringComparer.OrdinalIgnoreCase);
        var lastSync = await db.SyncStates.AsNoTracking().MaxAsync(s => s.LastRunCompletedUtc, ct);

        var model = new ScorecardPageModel(selection, calendar.Zone.Id, lastSync, MetricCatalog.Dashboard.Select(metric =>
            new MetricRow(metric, goals.GetValueOrDefault(metric.Id), computed.Select(c =>
            {
                var value = metric.Value(c.Values);
                var inProgress = c.Period.IsInProgressAt(now.UtcDateTime);
                var status = inProgress || !goals.TryGetValue(metric.Id, out var g) ? GoalStatus.None : g.Evaluate(value);
                return new WeekCell(c.Period, value, status, inProgress);
            }).ToList())).ToList());
        return Results.Content(ScorecardPage.Render(model), "text/html; charset=utf-8");
    }
}

sealed record ScorecardPageModel(QueueSelection Queue, string TimeZone, DateTime? LastSync, IReadOnlyList<MetricRow> Rows);

sealed record MetricRow(MetricDefinition Metric, Goal? Goal, IReadOnlyList<WeekCell> Weeks);

sealed record WeekCell(Period Period, double? Value, GoalStatus Status, bool InProgress);
