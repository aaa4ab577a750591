using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Reports;

namespace Scorecard.Tests;

public sealed class ReportBuilderTests
{
    static readonly ReportingCalendar Calendar = ReportingCalendar.ForZone("America/New_York");

    static readonly ScorecardDefinition Card = ScorecardDefinition.WholeTenant with
    {
        Measurables =
        [
            new("tickets_closed", new Goal(10, GoalDirection.AtLeast), "Dana", 2),
            new("same_day_close_rate", new Goal(0.5, GoalDirection.AtLeast), null, 1),
            new("aged_backlog_7d", new Goal(3, GoalDirection.AtMost), null, 3),
        ],
    };

    // Weeks 45, 46, 47 of 2026; "now" is inside week 47.
    static readonly DateTime Now = new(2026, 11, 18, 15, 0, 0, DateTimeKind.Utc);

    static Report Build() => ReportBuilder.Build(Card,
    [
        (Calendar.Week(2026, 45), new PeriodTotals { Opened = 10, ClosedSameDay = 6, Closed = 12, AgedBacklog = 3, BillableHours = 6, TotalHours = 8 }),
        (Calendar.Week(2026, 46), new PeriodTotals { Opened = 0, Closed = 9, AgedBacklog = 4 }),
        (Calendar.Week(2026, 47), new PeriodTotals { Opened = 4, ClosedSameDay = 4, Closed = 1, AgedBacklog = 9 }),
    ], Now, [], 7);

    [Fact]
    public void Cells_carry_value_numerator_denominator_and_colour()
    {
        var rate = Build().Row("same_day_close_rate").Cells;
        Assert.Equal(new ReportCell(0.6, 6, 10, GoalStatus.Green, false), rate[0]);
        Assert.Equal(new ReportCell(null, 0, 0, GoalStatus.None, false), rate[1]);         // nothing opened: no rate, no colour
        Assert.Equal(new ReportCell(1.0, 4, 4, GoalStatus.None, true), rate[2]);           // in progress: not coloured
        var closed = Build().Row("tickets_closed").Cells;
        Assert.Equal([GoalStatus.Green, GoalStatus.Yellow, GoalStatus.None], closed.Select(c => c.Status));
        Assert.Equal([GoalStatus.Green, GoalStatus.Red], Build().Row("aged_backlog_7d").Cells.Take(2).Select(c => c.Status));
    }

    [Fact]
    public void The_average_and_total_leave_out_the_week_in_progress_and_weeks_without_a_value()
    {
        var report = Build();
        Assert.Equal(10.5, report.Row("tickets_closed").Average);     // (12 + 9) / 2
        Assert.Equal(21, report.Row("tickets_closed").Total);
        Assert.Equal(0.6, report.Row("same_day_close_rate").Average); // week 46 has no rate
        Assert.Null(report.Row("same_day_close_rate").Total);         // rates have no total
        Assert.Null(report.Row("aged_backlog_7d").Total);             // levels have no total
        Assert.Equal(0.75, report.Row("utilization").Average);
    }

    [Fact]
    public void Every_catalogue_metric_is_in_the_report_and_measurables_come_in_their_order()
    {
        var report = Build();
        Assert.Equal(MetricCatalog.All.Select(m => m.Id), report.Rows.Select(r => r.Metric.Id));
        Assert.Equal(["same_day_close_rate", "tickets_closed", "aged_backlog_7d"], report.MeasurableRows.Select(r => r.Metric.Id));
        Assert.Equal("Dana", report.Row("tickets_closed").Measurable!.Owner);
        Assert.Equal(7, report.DataVersion);
    }
}
