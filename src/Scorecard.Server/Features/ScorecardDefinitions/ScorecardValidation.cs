using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Server.Api;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>Checks a request and turns it into a definition; every problem found is named in one 400.</summary>
static class ScorecardValidation
{
    const int MaxIds = 500;

    public static ScorecardDefinition ToDefinition(ScorecardRequest request, ScorecardDefinition? existing)
    {
        var errors = new List<string>();
        var name = request.Name?.Trim() ?? existing?.Name;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            errors.Add("name is required and may have at most 100 characters.");
        }

        var slug = request.Slug?.Trim() ?? existing?.Slug ?? (name is null ? "" : Slugs.From(name));
        if (!Slugs.Valid().IsMatch(slug) || long.TryParse(slug, out _))
        {
            errors.Add($"slug '{slug}' must be 1–64 lower-case letters, digits and dashes (not only digits), starting and ending with a letter or digit.");
        }

        if (request.Description is { Length: > 2000 })
        {
            errors.Add("description may have at most 2000 characters.");
        }

        var f = request.Filter;
        var filter = f is null ? existing?.Filter ?? TicketFilter.None : new TicketFilter(
            Ids("filter.queues_in", f.QueuesIn, errors), Ids("filter.queues_out", f.QueuesOut, errors), Ids("filter.companies", f.Companies, errors),
            Ids("filter.ticket_types", f.TicketTypes, errors), Ids("filter.sources", f.Sources, errors), Ids("filter.issue_types", f.IssueTypes, errors));
        if (filter.QueuesIn.Intersect(filter.QueuesOut).Any())
        {
            errors.Add("filter.queues_in and filter.queues_out cannot name the same queue.");
        }

        var team = request.Team is { } t
            ? new Team(Ids("team.resources", t.Resources, errors), Ids("team.member_queues", t.MemberQueues, errors))
            : existing?.Team ?? Team.None;
        var measurables = request.Measurables is null ? existing?.Measurables ?? [] : Measurables(request.Measurables, errors);
        if (errors.Count > 0)
        {
            throw ProblemException.BadRequest(string.Join(" ", errors));
        }

        return new ScorecardDefinition(existing?.Id ?? 0, slug, name!, request.Description?.Trim() ?? existing?.Description, filter, team, measurables,
            existing?.Version ?? 1);
    }

    public static IReadOnlyList<Measurable> Measurables(IReadOnlyList<MeasurableBody> bodies, List<string> errors)
    {
        var result = new List<Measurable>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var b = bodies[i];
            var at = $"measurables[{i}]";
            if (b is null || MetricCatalog.Find(b.Metric ?? "") is not { } metric)
            {
                errors.Add($"{at}.metric '{b?.Metric}' is not a metric; known metrics: {string.Join(", ", MetricCatalog.All.Select(m => m.Id))}.");
                continue;
            }

            if (result.Any(m => m.MetricId == metric.Id))
            {
                errors.Add($"{at}.metric '{metric.Id}' is listed twice.");
            }

            var direction = b.Direction is null ? metric.DefaultDirection : Directions.Parse(b.Direction);
            if (direction is null)
            {
                errors.Add($"{at}.direction '{b.Direction}' must be at_least or at_most.");
            }

            if (b.Tolerance is < 0 or > 1 || (b.Tolerance is { } tol && double.IsNaN(tol)))
            {
                errors.Add($"{at}.tolerance must be between 0 and 1.");
            }

            if (b.Goal is { } g && (double.IsNaN(g) || double.IsInfinity(g)))
            {
                errors.Add($"{at}.goal must be a number.");
            }

            if (b.Owner is { Length: > 100 })
            {
                errors.Add($"{at}.owner may have at most 100 characters.");
            }

            var goal = b.Goal is { } target && direction is { } d ? new Goal(target, d, b.Tolerance ?? 0.10) : null;
            result.Add(new Measurable(metric.Id, goal, string.IsNullOrWhiteSpace(b.Owner) ? null : b.Owner.Trim(), b.Order ?? i + 1));
        }

        return result;
    }

    static List<int> Ids(string name, List<int>? ids, List<string> errors)
    {
        if (ids is null)
        {
            return [];
        }

        if (ids.Count > MaxIds || ids.Any(i => i < 0))
        {
            errors.Add($"{name} must be at most {MaxIds} ids, none negative.");
        }

        return ids.Distinct().ToList();
    }
}
