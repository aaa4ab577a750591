using System.Globalization;
using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Periods;

namespace Scorecard.Server.Dashboard.Shared;

/// <summary>How the grid words things: goals, goal colours with a symbol (colour is never the only sign), periods and links.</summary>
public static class GridText
{
    public static string StatusName(GoalStatus s) => s == GoalStatus.None ? "none" : s.ToString().ToLowerInvariant();

    /// <summary>The symbol shown beside a coloured value, so the status reads without colour too.</summary>
    public static string Symbol(GoalStatus s) => s switch
    {
        GoalStatus.Green => "✓",
        GoalStatus.Yellow => "!",
        GoalStatus.Red => "✕",
        _ => "",
    };

    /// <summary>What a screen reader says about the colour.</summary>
    public static string StatusWords(GoalStatus s) => s switch
    {
        GoalStatus.Green => "goal met",
        GoalStatus.Yellow => "goal missed, within tolerance",
        GoalStatus.Red => "goal missed",
        _ => "",
    };

    public static string Goal(MetricDefinition metric, Goal? goal) => goal is null ? "–"
        : (goal.Direction == GoalDirection.AtLeast ? "≥ " : "≤ ") + metric.Format(goal.Target);

    public static string GoalWords(MetricDefinition metric, Goal? goal) => goal is null ? "no goal"
        : (goal.Direction == GoalDirection.AtLeast ? "at least " : "at most ") + metric.Format(goal.Target)
          + string.Create(CultureInfo.InvariantCulture, $", tolerance {goal.Tolerance * 100:0.#} %");

    public static string Day(DateOnly d) => d.ToString("MMM d", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(Period p) => $"{Day(p.Start)} – {Day(p.LastDay)}";

    public static string QuarterName(Period q) => string.Create(CultureInfo.InvariantCulture, $"Q{q.Number} {q.Year}");

    /// <summary>The query that names the scorecard in links: a stored one by slug, a bare queue by id.</summary>
    public static string ScorecardQuery(ScorecardDefinition d) =>
        d.Id != 0 ? "scorecard=" + Uri.EscapeDataString(d.Slug)
        : d.Filter.QueuesIn.Count == 1 ? "queue=" + d.Filter.QueuesIn[0].ToString(CultureInfo.InvariantCulture)
        : "";

    public static string DrillHref(ScorecardDefinition d, string metricId, Period period, int? technician = null) =>
        $"/scorecard/drill?{ScorecardQuery(d)}&metric={metricId}&period={Uri.EscapeDataString(period.Key)}"
        + (technician is { } t ? "&technician=" + t.ToString(CultureInfo.InvariantCulture) : "");
}
