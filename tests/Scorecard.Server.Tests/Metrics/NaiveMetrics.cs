using Scorecard.Definitions;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Tests.Metrics;

/// <summary>
/// design.md §3 recomputed by brute force over the raw rows, one period at a time, written apart
/// from the engine (no SQL, no calendar code, no shared helpers) so that a shared mistake cannot hide.
/// </summary>
sealed class NaiveMetrics(TimeZoneInfo zone, List<TicketRow> tickets, List<TimeEntryRow> time, List<ResourceRoleQueueRow> members, ScorecardDefinition card)
{
    public DateTime Utc(DateOnly localDay) => TimeZoneInfo.ConvertTimeToUtc(localDay.ToDateTime(TimeOnly.MinValue), zone);

    DateOnly Local(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    bool Selected(TicketRow t)
    {
        var f = card.Filter;
        return (f.QueuesIn.Count == 0 || (t.QueueId is { } q && f.QueuesIn.Contains(q)))
            && (t.QueueId is not { } q2 || !f.QueuesOut.Contains(q2))
            && (f.Companies.Count == 0 || f.Companies.Contains(t.CompanyId))
            && (f.TicketTypes.Count == 0 || (t.TicketType is { } ty && f.TicketTypes.Contains(ty)));
    }

    public HashSet<int>? Team => card.Team.IsEmpty ? null
        : members.Where(m => card.Team.MemberQueues.Contains(m.QueueId)).Select(m => m.ResourceId).Concat(card.Team.Resources).ToHashSet();

    public static int TechnicianOf(TicketRow t) => (t.CompletedDate is not null ? t.CompletedByResourceId ?? t.AssignedResourceId : t.AssignedResourceId) ?? 0;

    public IEnumerable<TicketRow> Tickets(int? tech) => tickets.Where(Selected).Where(t => tech is null || TechnicianOf(t) == tech);

    public IEnumerable<TimeEntryRow> Entries(DateOnly from, DateOnly to, int? tech)
    {
        var selectedIds = tickets.Where(Selected).Select(t => t.Id).ToHashSet();
        var team = Team;
        return time.Where(e => e.DateWorked >= from && e.DateWorked < to)
            .Where(e => team is not null ? team.Contains(e.ResourceId)
                : card.Filter.IsEmpty || (e.TicketId is { } id && selectedIds.Contains(id)))
            .Where(e => tech is null || e.ResourceId == tech);
    }

    /// <summary>Every metric of the period of local days [from, to), by id.</summary>
    public Dictionary<string, double?> For(DateOnly from, DateOnly to, int? tech = null)
    {
        DateTime s = Utc(from), e = Utc(to);
        var mine = Tickets(tech).ToList();
        var opened = mine.Where(t => t.CreateDate >= s && t.CreateDate < e).ToList();
        var closed = mine.Where(t => t.CompletedDate >= s && t.CompletedDate < e).ToList();
        var open = mine.Where(t => t.CreateDate < e && (t.CompletedDate is null || t.CompletedDate >= e)).ToList();
        var resolution = closed.Select(t => (t.CompletedDate!.Value - t.CreateDate).TotalHours).ToList();
        var response = opened.Where(t => t.FirstResponseDateTime is not null).Select(t => (t.FirstResponseDateTime!.Value - t.CreateDate).TotalMinutes).ToList();
        var withSla = closed.Where(t => t.ServiceLevelAgreementId is not null).ToList();
        var entries = Entries(from, to, tech).ToList();
        var billable = entries.Where(x => !x.IsNonBillable).Sum(x => x.HoursWorked);
        var total = entries.Sum(x => x.HoursWorked);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber).Select(from.AddDays).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var techs = tech is not null ? 1 : Team?.Count ?? entries.Select(x => x.ResourceId).Distinct().Count();
        return new()
        {
            ["tickets_opened"] = opened.Count,
            ["tickets_closed"] = closed.Count,
            ["same_day_close_rate"] = Ratio(opened.Count(t => t.CompletedDate is { } c && Local(c) == Local(t.CreateDate)), opened.Count),
            ["avg_resolution_hours"] = resolution.Count == 0 ? null : resolution.Average(),
            ["median_resolution_hours"] = Median(resolution),
            ["first_response_median_minutes"] = Median(response),
            ["sla_met_rate"] = Ratio(withSla.Count(t => t.ServiceLevelAgreementHasBeenMet == true), withSla.Count),
            ["open_backlog"] = open.Count,
            ["aged_backlog_7d"] = open.Count(t => e - t.CreateDate > TimeSpan.FromDays(7)),
            ["billable_hours"] = (double)billable,
            ["total_hours"] = (double)total,
            ["utilization"] = total == 0 ? null : (double)(billable / total),
            ["capacity_utilization"] = Ratio((double)billable, techs * days * 8.0),
            ["tickets_closed_per_tech_day"] = Ratio(closed.Count, techs * days),
        };
    }

    static double? Ratio(double n, double d) => d == 0 ? null : n / d;

    static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var v = values.Order().ToList();
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }
}
