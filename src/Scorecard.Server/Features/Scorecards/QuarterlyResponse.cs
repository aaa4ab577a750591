namespace Scorecard.Server.Features.Scorecards;

/// <summary>
/// A quarter: its weeks and the averages of their weekly values (EOS "Q Avg"). The week still in
/// progress is listed but left out of the averages, since its numbers are still moving.
/// </summary>
public sealed record QuarterlyResponse(int Quarter, int Year, string TimeZone, string? Queue, IReadOnlyList<WeeklyResponse> Weeks,
    Dictionary<string, double?> AvgMetrics, Dictionary<string, int> Totals)
{
    public static QuarterlyResponse From(int quarter, int year, Periods.ReportingCalendar calendar, QueueSelection queue, List<WeeklyResponse> weeks)
    {
        var done = weeks.Where(w => !w.InProgress).Select(w => w.Metrics).ToList();
        var avg = new Dictionary<string, double?>
        {
            ["tickets_opened_avg"] = Avg(done.Select(m => (double?)m.TicketsOpened)),
            ["tickets_closed_avg"] = Avg(done.Select(m => (double?)m.TicketsClosed)),
            ["same_day_close_rate_avg"] = Avg(done.Select(m => m.SameDayCloseRate)),
            ["utilization_avg"] = Avg(done.Select(m => m.Utilization)),
            ["billable_hours_avg"] = Avg(done.Select(m => (double?)m.BillableHours)),
            ["total_hours_avg"] = Avg(done.Select(m => (double?)m.TotalHours)),
            ["avg_resolution_hours_avg"] = Avg(done.Select(m => m.AvgResolutionHours)),
            ["sla_met_rate_avg"] = Avg(done.Select(m => m.SlaMetRate)),
            ["open_backlog_avg"] = Avg(done.Select(m => (double?)m.OpenBacklog)),
        };
        var totals = new Dictionary<string, int>
        {
            ["tickets_opened"] = done.Sum(m => m.TicketsOpened),
            ["tickets_closed"] = done.Sum(m => m.TicketsClosed),
        };
        return new(quarter, year, calendar.Zone.Id, queue.QueueId is null ? null : queue.Label, weeks, avg, totals);
    }

    /// <summary>The mean of the weeks that have a value; null when none has.</summary>
    static double? Avg(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }
}
