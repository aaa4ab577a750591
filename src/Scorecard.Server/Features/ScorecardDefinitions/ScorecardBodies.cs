using Scorecard.Definitions;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>A scorecard as the v1 API reads and writes it (snake_case on the wire).</summary>
public sealed record ScorecardBody(long Id, string Slug, string Name, string? Description, FilterBody Filter, TeamBody Team,
    IReadOnlyList<MeasurableBody> Measurables, long Version, IReadOnlyList<string>? Warnings = null)
{
    public static ScorecardBody From(ScorecardDefinition d, IReadOnlyList<string>? warnings = null) => new(d.Id, d.Slug, d.Name, d.Description,
        new FilterBody([.. d.Filter.QueuesIn], [.. d.Filter.QueuesOut], [.. d.Filter.Companies], [.. d.Filter.TicketTypes], [.. d.Filter.Sources], [.. d.Filter.IssueTypes]),
        new TeamBody([.. d.Team.Resources], [.. d.Team.MemberQueues]),
        d.Measurables.Select(m => new MeasurableBody(m.MetricId, m.Goal?.Target, m.Goal is { } g ? Directions.Name(g.Direction) : null,
            m.Goal?.Tolerance, m.Owner, m.Order)).ToList(),
        d.Version, warnings);
}

public sealed record FilterBody(List<int>? QueuesIn, List<int>? QueuesOut, List<int>? Companies, List<int>? TicketTypes, List<int>? Sources, List<int>? IssueTypes);

public sealed record TeamBody(List<int>? Resources, List<int>? MemberQueues);

/// <summary>A measurable: <c>metric</c> id, optional <c>goal</c> with <c>direction</c> (at_least/at_most) and <c>tolerance</c> (0–1).</summary>
public sealed record MeasurableBody(string? Metric, double? Goal, string? Direction, double? Tolerance, string? Owner, int? Order);

/// <summary>What a client sends to create or replace a scorecard.</summary>
public sealed record ScorecardRequest(string? Name, string? Slug, string? Description, FilterBody? Filter, TeamBody? Team, List<MeasurableBody>? Measurables);

public sealed record ScorecardSummary(long Id, string Slug, string Name, string? Description, int Measurables, long Version);

static class Directions
{
    public static string Name(Goals.GoalDirection d) => d == Goals.GoalDirection.AtLeast ? "at_least" : "at_most";

    public static Goals.GoalDirection? Parse(string? text) => text?.Trim().ToLowerInvariant().Replace("_", "", StringComparison.Ordinal) switch
    {
        "atleast" or ">=" or "≥" => Goals.GoalDirection.AtLeast,
        "atmost" or "<=" or "≤" => Goals.GoalDirection.AtMost,
        _ => null,
    };
}
