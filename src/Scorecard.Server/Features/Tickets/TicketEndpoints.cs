using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Periods;
using Scorecard.Server.Api;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Scorecards;

namespace Scorecard.Server.Features.Tickets;

/// <summary>
/// The prototype's ticket listing: every ticket created on the local dates given (both inclusive),
/// in the prototype's shape (design.md §4). Never capped at 500.
/// </summary>
static class TicketEndpoints
{
    const int MaxDays = 731;

    public static void MapTicketEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/autotask/tickets", List).WithTags("Tickets").WithName("ListTickets")
            .WithSummary("Every ticket created on the local dates given (both inclusive), with counts by status, priority and queue.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

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
        var companyIds = tickets.Select(t => (long)t.CompanyId).Distinct().ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.CompanyName, ct);
        var resolved = tickets.Where(t => t.CompletedDate is not null).Select(t => (t.CompletedDate!.Value - t.CreateDate).TotalHours).ToList();

        var byStatus = CodeCounts.Of(tickets.Select(t => t.Status), labels, "status");
        var byPriority = CodeCounts.Of(tickets.Select(t => t.Priority), labels, "priority");
        var byQueue = CodeCounts.Of(tickets.Where(t => t.QueueId is not null).Select(t => t.QueueId!.Value), labels, "queueID");
        return new TicketsResponse(true, new TicketsData(
            tickets.Count,
            Iso(start),
            Iso(end),
            calendar.Zone.Id,
            definition.Id == 0 && definition.Filter.QueuesIn.Count == 1 ? definition.Name : null,
            byStatus.Counts,
            byStatus.Labels,
            byPriority.Counts,
            byPriority.Labels,
            byQueue.Counts,
            byQueue.Labels,
            resolved.Count == 0 ? null : resolved.Average(),
            tickets.Select(t => AutotaskTicket.From(t, labels, companies.GetValueOrDefault(t.CompanyId))).ToList()));
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
