using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>Stored rows to domain definitions and back.</summary>
static class ScorecardMapping
{
    public static ScorecardDefinition ToDefinition(this ScorecardRow row) => new(
        row.Id, row.Slug, row.Name, row.Description,
        new TicketFilter(row.QueuesIn, row.QueuesOut, row.Companies, row.TicketTypes, row.Sources, row.IssueTypes),
        new Team(row.TeamResources, row.TeamQueues),
        row.Measurables.OrderBy(m => m.Order).ThenBy(m => m.Id).Select(m => new Measurable(m.MetricId,
            m.GoalTarget is { } target ? new Goal(target, m.GoalDirection, m.GoalTolerance) : null, m.Owner, m.Order)).ToList(),
        row.Version);

    public static MeasurableRow ToRow(this Measurable m) => new()
    {
        MetricId = m.MetricId,
        GoalTarget = m.Goal?.Target,
        GoalDirection = m.Goal?.Direction ?? Metrics.MetricCatalog.Get(m.MetricId).DefaultDirection,
        GoalTolerance = m.Goal?.Tolerance ?? 0.10,
        Owner = m.Owner,
        Order = m.Order,
    };

    /// <summary>Copies a definition's editable parts onto a row (the id, slug history and version are the store's).</summary>
    public static void CopyTo(this ScorecardDefinition d, ScorecardRow row)
    {
        row.Slug = d.Slug;
        row.Name = d.Name;
        row.Description = d.Description;
        row.QueuesIn = [.. d.Filter.QueuesIn];
        row.QueuesOut = [.. d.Filter.QueuesOut];
        row.Companies = [.. d.Filter.Companies];
        row.TicketTypes = [.. d.Filter.TicketTypes];
        row.Sources = [.. d.Filter.Sources];
        row.IssueTypes = [.. d.Filter.IssueTypes];
        row.TeamResources = [.. d.Team.Resources];
        row.TeamQueues = [.. d.Team.MemberQueues];
    }
}
