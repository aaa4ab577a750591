using Scorecard.Goals;

namespace Scorecard.Definitions;

/// <summary>
/// Which tickets a scorecard counts. Each list is a set of Autotask ids; an empty list does not
/// filter. <see cref="QueuesOut"/> removes queues (a ticket without a queue stays).
/// </summary>
public sealed record TicketFilter(
    IReadOnlyList<int> QueuesIn,
    IReadOnlyList<int> QueuesOut,
    IReadOnlyList<int> Companies,
    IReadOnlyList<int> TicketTypes,
    IReadOnlyList<int> Sources,
    IReadOnlyList<int> IssueTypes)
{
    public static readonly TicketFilter None = new([], [], [], [], [], []);

    public bool IsEmpty => QueuesIn.Count + QueuesOut.Count + Companies.Count + TicketTypes.Count + Sources.Count + IssueTypes.Count == 0;
}

/// <summary>
/// Whose time the time metrics count: named resources and the members of chosen queues. With
/// no team, the hours are the time entered on the scorecard's tickets (or, without a filter
/// either, every time entry of the tenant, as the prototype counted).
/// </summary>
public sealed record Team(IReadOnlyList<int> Resources, IReadOnlyList<int> MemberQueues)
{
    public static readonly Team None = new([], []);

    public bool IsEmpty => Resources.Count == 0 && MemberQueues.Count == 0;
}

/// <summary>One row of a scorecard: a metric with its goal, owner and place.</summary>
public sealed record Measurable(string MetricId, Goal? Goal, string? Owner, int Order);

/// <summary>
/// A scorecard as data: name and slug, ticket filter, team and measurables. <see cref="Version"/>
/// changes with every edit, so reports computed from an older definition are never served.
/// </summary>
public sealed record ScorecardDefinition(
    long Id,
    string Slug,
    string Name,
    string? Description,
    TicketFilter Filter,
    Team Team,
    IReadOnlyList<Measurable> Measurables,
    long Version)
{
    /// <summary>The prototype's endpoints without <c>queue</c> or <c>scorecard</c>: every ticket and every time entry.</summary>
    public static readonly ScorecardDefinition WholeTenant =
        new(0, "all", "All queues", "Every ticket and every time entry of the tenant.", TicketFilter.None, Team.None, [], 0);

    /// <summary>The prototype's <c>queue</c> parameter: that queue's tickets, the time entered on them, no team.</summary>
    public static ScorecardDefinition ForQueue(int queueId, string label) =>
        new(0, $"queue-{queueId}", label, $"The tickets of queue {label} ({queueId}) and the time entered on them.",
            TicketFilter.None with { QueuesIn = [queueId] }, Team.None, [], 0);

    public Measurable? MeasurableFor(string metricId) =>
        Measurables.FirstOrDefault(m => string.Equals(m.MetricId, metricId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A name that tells transient definitions apart in cache keys.</summary>
    public string CacheKey => Id != 0 ? $"sc:{Id}:v{Version}" : $"adhoc:{Slug}";
}
