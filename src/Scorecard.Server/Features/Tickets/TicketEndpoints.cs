using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Periods;
using Scorecard.Server.Api;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Scorecards;

namespace Scorecard.Server.Features.Tickets;

/// <summary>
/// The prototype's ticket listing: every ticket created on the local dates given (both inclusive),
/// with breakdowns by status and priority that carry labels with the codes. Never capped at 500.
/// </summary>
static class TicketEndpoints
{
    const int MaxDays = 731;

    public static void MapTicketEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/autotask/tickets", List).WithTags("Tickets").WithName("ListTickets");

    static async Task<TicketsResponse> List(string? start_date, string? end_date, string? queue, string? scorecard, ScorecardDbContext db,
        ScorecardResolver scorecards, ReportingCalendar calendar, CancellationToken ct)
    {
        var start = QueryParameters.RequiredDate("start_date", start_date);
        var end = QueryParameters.RequiredDate("end_date", end_date);
        if (end < start)
        {
            throw ProblemException.BadRequest($"end_date {end_date} is before start_date {start_date}.");
        }

        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            throw ProblemException.BadRequest($"The range may span at most {MaxDays} days.");
        }

        var definition = await scorecards.ResolveAsync(queue, scorecard, ct);
        var period = calendar.Days(start, end.AddDays(1));
        var q = Reports.ScorecardTickets.Select(db, definition).Where(t => t.CreateDate >= period.StartUtc && t.CreateDate < period.EndUtc);

        var tickets = await q.OrderBy(t => t.CreateDate).ThenBy(t => t.Id).ToListAsync(ct);
        var labels = await PicklistLabels.LoadAsync(db, "Tickets", ct);
        var resolved = tickets.Where(t => t.CompletedDate is not null).Select(t => (t.CompletedDate!.Value - t.CreateDate).TotalHours).ToList();

        return new TicketsResponse(true, new TicketsData(
            tickets.Count,
            Iso(start),
            Iso(end),
            calendar.Zone.Id,
            definition.Id == 0 && definition.Filter.QueuesIn.Count == 1 ? definition.Name : null,
            Breakdown(tickets.Select(t => t.Status), labels, "status"),
            Breakdown(tickets.Select(t => t.Priority), labels, "priority"),
            Breakdown(tickets.Where(t => t.QueueId is not null).Select(t => t.QueueId!.Value), labels, "queueID"),
            resolved.Count == 0 ? null : resolved.Average(),
            tickets.Select(t => new TicketItem(t.Id, t.TicketNumber, t.Title,
                t.Status, labels.Label("status", t.Status),
                t.Priority, labels.Label("priority", t.Priority),
                t.QueueId, t.QueueId is { } qid ? labels.Label("queueID", qid) : null,
                t.CompanyId, t.CreateDate, t.CompletedDate,
                t.CompletedDate is { } c ? (c - t.CreateDate).TotalHours : null)).ToList()));
    }

    static List<CountByCode> Breakdown(IEnumerable<int> codes, PicklistLabels labels, string field) =>
        codes.GroupBy(c => c)
            .Select(g => new CountByCode(g.Key, labels.Label(field, g.Key), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code)
            .ToList();

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record TicketsResponse(bool Success, TicketsData Data);

public sealed record TicketsData(int Total, string StartDate, string EndDate, string TimeZone, string? Queue,
    List<CountByCode> ByStatus, List<CountByCode> ByPriority, List<CountByCode> ByQueue, double? AvgResolutionHours,
    List<TicketItem> Tickets);

/// <summary>A picklist code with its tenant label (null when the tenant has no such value).</summary>
public sealed record CountByCode(int Code, string? Label, int Count);

public sealed record TicketItem(long Id, string? TicketNumber, string? Title, int Status, string? StatusLabel, int Priority,
    string? PriorityLabel, int? QueueId, string? QueueLabel, int CompanyId, DateTime CreateDate, DateTime? CompletedDate,
    double? ResolutionHours);
