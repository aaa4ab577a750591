using Microsoft.EntityFrameworkCore;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>Loads the tickets and time entries that matter for a span of periods, as plain facts.</summary>
public sealed class ScorecardFacts(ScorecardDbContext db)
{
    /// <summary>
    /// Tickets created before the span ends and not completed before it starts: enough for
    /// opened, closed and the backlog at any period end inside the span.
    /// </summary>
    public async Task<List<TicketFact>> TicketsAsync(DateTime startUtc, DateTime endUtc, QueueSelection queue, CancellationToken ct)
    {
        var q = db.Tickets.AsNoTracking()
            .Where(t => t.CreateDate < endUtc && (t.CompletedDate == null || t.CompletedDate >= startUtc));
        if (queue.QueueId is { } id)
        {
            q = q.Where(t => t.QueueId == id);
        }

        return await q.Select(t => new TicketFact(t.Id, t.CreateDate, t.CompletedDate, t.FirstResponseDateTime,
            t.ServiceLevelAgreementHasBeenMet, t.ServiceLevelAgreementId != null)).ToListAsync(ct);
    }

    /// <summary>Time entries worked on local dates [start, end); for a queue, only time on that queue's tickets.</summary>
    public async Task<List<TimeFact>> TimeAsync(DateOnly start, DateOnly endExclusive, QueueSelection queue, CancellationToken ct)
    {
        var q = db.TimeEntries.AsNoTracking().Where(e => e.DateWorked >= start && e.DateWorked < endExclusive);
        if (queue.QueueId is { } id)
        {
            q = q.Where(e => db.Tickets.Any(t => t.Id == e.TicketId && t.QueueId == id));
        }

        return await q.Select(e => new TimeFact(e.Id, e.ResourceId, e.DateWorked, e.HoursWorked, e.IsNonBillable)).ToListAsync(ct);
    }

    /// <summary>Metrics for each period, from one load covering them all.</summary>
    public async Task<List<(Period Period, MetricValues Values)>> ComputeAsync(IReadOnlyList<Period> periods, ReportingCalendar calendar,
        QueueSelection queue, CancellationToken ct)
    {
        if (periods.Count == 0)
        {
            return [];
        }

        var tickets = await TicketsAsync(periods.Min(p => p.StartUtc), periods.Max(p => p.EndUtc), queue, ct);
        var time = await TimeAsync(periods.Min(p => p.Start), periods.Max(p => p.EndExclusive), queue, ct);
        return periods.Select(p => (p, PeriodMetrics.Compute(p, calendar, tickets, time))).ToList();
    }
}
