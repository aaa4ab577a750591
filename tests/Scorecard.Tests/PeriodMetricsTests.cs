using Scorecard.Metrics;
using Scorecard.Periods;

namespace Scorecard.Tests;

public sealed class PeriodMetricsTests
{
    static readonly ReportingCalendar Calendar = ReportingCalendar.ForZone("America/New_York");

    // Week 47 of 2026: Monday 2026-11-16 00:00 EST (05:00 UTC) to Monday 2026-11-23.
    static readonly Period Week = Calendar.Week(2026, 47);

    static DateTime Local(int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, day, hour, minute, 0), Calendar.Zone);

    [Fact]
    public void Counts_opened_and_closed_by_local_time_not_UTC()
    {
        TicketFact[] tickets =
        [
            new(1, Local(16, 0, 30), Local(16, 9)),              // first minutes of the week, closed same day
            new(2, Local(15, 23, 30), Local(16, 10)),            // created Sunday night: closed in the week, not opened in it
            new(3, Local(22, 23, 59), null),                     // last minute of the week (04:59 UTC on the 23rd)
            new(4, Local(23, 0, 1), null),                       // first minute of the next week
        ];

        var m = PeriodMetrics.Compute(Week, Calendar, tickets, []);

        Assert.Equal(2, m.TicketsOpened);
        Assert.Equal(2, m.TicketsClosed);
    }

    [Fact]
    public void Same_day_means_the_same_local_calendar_day()
    {
        TicketFact[] tickets =
        [
            new(1, Local(17, 9), Local(17, 17)),                 // same day
            new(2, Local(17, 20), Local(17, 23, 30)),            // same local day; the UTC dates differ
            new(3, Local(17, 23, 30), Local(18, 0, 30)),         // one hour, but the next local day
            new(4, Local(18, 9), null),                          // open
        ];

        var m = PeriodMetrics.Compute(Week, Calendar, tickets, []);

        Assert.Equal(4, m.TicketsOpened);
        Assert.Equal(2, m.ClosedSameDay);
        Assert.Equal(0.5, m.SameDayCloseRate);
    }

    [Fact]
    public void A_reopened_ticket_counts_as_closed_when_it_was_last_completed()
    {
        // Completed on the 10th, reopened, completed again on the 18th: completedDate is the 18th.
        var reopened = new TicketFact(1, Local(9, 10), Local(18, 11));
        var m = PeriodMetrics.Compute(Week, Calendar, [reopened], []);
        Assert.Equal(1, m.TicketsClosed);
        Assert.Equal(0, m.TicketsOpened);
        Assert.Equal((Local(18, 11) - Local(9, 10)).TotalHours, m.AvgResolutionHours);
    }

    [Fact]
    public void Backlog_counts_tickets_open_at_the_period_end_and_ages_them()
    {
        TicketFact[] tickets =
        [
            new(1, Local(1, 9), null),                           // open 22 days: aged
            new(2, Local(20, 9), null),                          // open, young
            new(3, Local(2, 9), Local(25, 9)),                   // closed after the week ended: open at its end, aged
            new(4, Local(2, 9), Local(20, 9)),                   // closed inside the week
            new(5, Local(24, 9), null),                          // created after the week
        ];

        var m = PeriodMetrics.Compute(Week, Calendar, tickets, []);

        Assert.Equal(3, m.OpenBacklog);
        Assert.Equal(2, m.AgedBacklog7d);
    }

    [Fact]
    public void Hours_are_bucketed_by_the_date_worked_as_entered()
    {
        TimeFact[] entries =
        [
            new(1, 7, new DateOnly(2026, 11, 16), 2.5m, false),
            new(2, 7, new DateOnly(2026, 11, 22), 1.25m, true),
            new(3, 8, new DateOnly(2026, 11, 23), 8m, false),    // next week
            new(4, 8, new DateOnly(2026, 11, 15), 8m, false),    // previous week
        ];

        var m = PeriodMetrics.Compute(Week, Calendar, [], entries);

        Assert.Equal(3.75m, m.TotalHours);
        Assert.Equal(2.5m, m.BillableHours);
        Assert.Equal(2.5 / 3.75, m.Utilization!.Value, 12);
    }

    [Fact]
    public void Rates_without_a_denominator_are_null_not_zero()
    {
        var m = PeriodMetrics.Compute(Week, Calendar, [], []);
        Assert.Null(m.SameDayCloseRate);
        Assert.Null(m.Utilization);
        Assert.Null(m.SlaMetRate);
        Assert.Null(m.MedianResolutionHours);
    }

    [Fact]
    public void Sla_rate_and_response_median_use_only_tickets_that_have_them()
    {
        TicketFact[] tickets =
        [
            new(1, Local(16, 9), Local(16, 12), Local(16, 9, 10), SlaMet: true, HasSla: true),
            new(2, Local(16, 9), Local(16, 12), Local(16, 9, 30), SlaMet: false, HasSla: true),
            new(3, Local(16, 9), Local(16, 12), null, SlaMet: null, HasSla: false),
            new(4, Local(16, 9), Local(17, 12), Local(16, 10), SlaMet: true, HasSla: true),
        ];

        var m = PeriodMetrics.Compute(Week, Calendar, tickets, []);

        Assert.Equal(2.0 / 3, m.SlaMetRate!.Value, 12);
        Assert.Equal(30, m.FirstResponseMedianMinutes);
    }
}
