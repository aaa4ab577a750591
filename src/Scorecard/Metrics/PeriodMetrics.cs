using Scorecard.Periods;

namespace Scorecard.Metrics;

/// <summary>Computes <see cref="MetricValues"/> for one period from plain records.</summary>
public static class PeriodMetrics
{
    static readonly TimeSpan AgedAfter = TimeSpan.FromDays(7);

    /// <param name="period">The period, already converted to UTC by the <see cref="ReportingCalendar"/>.</param>
    /// <param name="calendar">Used to decide "the same local calendar day".</param>
    /// <param name="tickets">Any superset of the tickets that matter; each is classified here.</param>
    /// <param name="timeEntries">Any superset of the time entries; filtered by dateWorked here.</param>
    public static MetricValues Compute(Period period, ReportingCalendar calendar,
        IEnumerable<TicketFact> tickets, IEnumerable<TimeFact> timeEntries)
    {
        int opened = 0, closed = 0, sameDay = 0, withSla = 0, slaMet = 0, backlog = 0, aged = 0;
        var resolutionHours = new List<double>();
        var responseMinutes = new List<double>();

        foreach (var t in tickets)
        {
            if (period.Contains(t.CreatedUtc))
            {
                opened++;
                if (t.CompletedUtc is { } done && calendar.LocalDate(done) == calendar.LocalDate(t.CreatedUtc))
                {
                    sameDay++;
                }

                if (t.FirstResponseUtc is { } response)
                {
                    responseMinutes.Add((response - t.CreatedUtc).TotalMinutes);
                }
            }

            if (t.CompletedUtc is { } completed && period.Contains(completed))
            {
                closed++;
                resolutionHours.Add((completed - t.CreatedUtc).TotalHours);
                if (t.HasSla)
                {
                    withSla++;
                    if (t.SlaMet == true)
                    {
                        slaMet++;
                    }
                }
            }

            var openAtEnd = t.CreatedUtc < period.EndUtc && (t.CompletedUtc is null || t.CompletedUtc >= period.EndUtc);
            if (openAtEnd)
            {
                backlog++;
                if (period.EndUtc - t.CreatedUtc > AgedAfter)
                {
                    aged++;
                }
            }
        }

        decimal billable = 0, total = 0;
        foreach (var e in timeEntries)
        {
            if (!period.Contains(e.DateWorked))
            {
                continue;
            }

            total += e.HoursWorked;
            if (!e.IsNonBillable)
            {
                billable += e.HoursWorked;
            }
        }

        return new MetricValues
        {
            TicketsOpened = opened,
            TicketsClosed = closed,
            ClosedSameDay = sameDay,
            AvgResolutionHours = resolutionHours.Count == 0 ? null : resolutionHours.Average(),
            MedianResolutionHours = Statistics.Median(resolutionHours),
            FirstResponseMedianMinutes = Statistics.Median(responseMinutes),
            ClosedWithSla = withSla,
            SlaMet = slaMet,
            OpenBacklog = backlog,
            AgedBacklog7d = aged,
            BillableHours = billable,
            TotalHours = total,
        };
    }
}
