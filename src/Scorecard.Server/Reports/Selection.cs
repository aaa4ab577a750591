using System.Globalization;
using Scorecard.Definitions;

namespace Scorecard.Server.Reports;

/// <summary>How a report counts time: every entry, the team's entries, or the entries on the selected tickets.</summary>
enum TimeScope
{
    All,
    Team,
    SelectedTickets,
}

/// <summary>
/// A scorecard's selection as SQL predicates over <c>tickets t</c> and <c>time_entries e</c>, written
/// once and used by the aggregates and the drill-down alike. Only integer ids from the stored
/// definition reach the SQL text.
/// </summary>
sealed class Selection(ScorecardDefinition definition, int? technician = null)
{
    /// <summary>The technician of a ticket: whoever completed it once it is complete (else the assignee), or the assignee; 0 for nobody.</summary>
    public const string TicketTechnician =
        "COALESCE(CASE WHEN t.\"CompletedDate\" IS NOT NULL THEN COALESCE(t.\"CompletedByResourceId\", t.\"AssignedResourceId\") ELSE t.\"AssignedResourceId\" END, 0)";

    public const string TimeTechnician = "e.\"ResourceId\"";

    public ScorecardDefinition Definition { get; } = definition;

    public int? Technician { get; } = technician;

    public TimeScope TimeScope => !Definition.Team.IsEmpty ? TimeScope.Team
        : Definition.Filter.IsEmpty ? TimeScope.All : TimeScope.SelectedTickets;

    /// <summary>The conditions a ticket of the scorecard meets (without the technician).</summary>
    public string TicketFilter => Filter("t");

    /// <summary>
    /// The time to count as a predicate over the time summary (aliased <c>e</c>, as the raw entries are), or
    /// null when the summary cannot express it: it keeps the ticket's queue, type, source and issue type, not its company.
    /// </summary>
    public string? SummaryTimeWhere
    {
        get
        {
            if (TimeScope == TimeScope.SelectedTickets && Definition.Filter.Companies.Count > 0)
            {
                return null;
            }

            var scope = TimeScope switch
            {
                TimeScope.Team => TeamPredicate("e.\"ResourceId\""),
                TimeScope.SelectedTickets => $"e.\"OnTicket\" = TRUE AND {Filter("e")}",
                _ => "1 = 1",
            };
            return Technician is { } tech ? $"{scope} AND e.\"ResourceId\" = {Int(tech)}" : scope;
        }
    }

    /// <summary>
    /// The time to count as a predicate over the weekly summary (aliased <c>e</c>), or null when it cannot
    /// express it: it keeps the ticket's queue only, so filters on company, type, source or issue type read the daily summary.
    /// </summary>
    public string? WeekSummaryTimeWhere
    {
        get
        {
            var f = Definition.Filter;
            if (TimeScope == TimeScope.SelectedTickets && f.Companies.Count + f.TicketTypes.Count + f.Sources.Count + f.IssueTypes.Count > 0)
            {
                return null;
            }

            return SummaryTimeWhere;
        }
    }

    /// <summary>
    /// Whether the tickets are selected by queue alone (in or out, or not at all), so the weekly ticket summary, which keeps
    /// each week per queue, can answer for them.
    /// </summary>
    public bool SelectsTicketsByQueueOnly
    {
        get
        {
            var f = Definition.Filter;
            return Technician is null && f.Companies.Count + f.TicketTypes.Count + f.Sources.Count + f.IssueTypes.Count == 0;
        }
    }

    string Filter(string alias)
    {
        var f = Definition.Filter;
        var parts = new List<string>();
        In(parts, $"{alias}.\"QueueId\"", f.QueuesIn);
        if (f.QueuesOut.Count > 0)
        {
            parts.Add($"({alias}.\"QueueId\" IS NULL OR {alias}.\"QueueId\" NOT IN ({List(f.QueuesOut)}))");
        }

        In(parts, $"{alias}.\"CompanyId\"", f.Companies);
        In(parts, $"{alias}.\"TicketType\"", f.TicketTypes);
        In(parts, $"{alias}.\"Source\"", f.Sources);
        In(parts, $"{alias}.\"IssueType\"", f.IssueTypes);
        return parts.Count == 0 ? "1 = 1" : string.Join(" AND ", parts);
    }

    public string TicketWhere => Technician is { } tech ? $"{TicketFilter} AND {TicketTechnician} = {Int(tech)}" : TicketFilter;

    public string TimeWhere
    {
        get
        {
            var scope = TimeScope switch
            {
                TimeScope.Team => TeamPredicate("e.\"ResourceId\""),
                TimeScope.SelectedTickets => $"EXISTS (SELECT 1 FROM tickets t WHERE t.\"Id\" = e.\"TicketId\" AND {TicketFilter})",
                _ => "1 = 1",
            };
            return Technician is { } tech ? $"{scope} AND e.\"ResourceId\" = {Int(tech)}" : scope;
        }
    }

    /// <summary>The team's members: named resources and the members of the chosen queues (ResourceRoleQueues).</summary>
    public string TeamPredicate(string column)
    {
        var team = Definition.Team;
        var parts = new List<string>();
        if (team.Resources.Count > 0)
        {
            parts.Add($"{column} IN ({List(team.Resources)})");
        }

        if (team.MemberQueues.Count > 0)
        {
            parts.Add($"{column} IN (SELECT m.\"ResourceId\" FROM resource_role_queues m WHERE m.\"QueueId\" IN ({List(team.MemberQueues)}))");
        }

        return parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
    }

    static void In(List<string> parts, string column, IReadOnlyList<int> ids)
    {
        if (ids.Count > 0)
        {
            parts.Add($"{column} IN ({List(ids)})");
        }
    }

    static string List(IEnumerable<int> ids) => string.Join(", ", ids.Distinct().Select(Int));

    static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
