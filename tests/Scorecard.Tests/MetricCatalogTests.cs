using Scorecard.Metrics;

namespace Scorecard.Tests;

public sealed class MetricCatalogTests
{
    [Fact]
    public void The_catalogue_holds_every_metric_of_the_design_once()
    {
        string[] design =
        [
            "tickets_opened", "tickets_closed", "same_day_close_rate", "avg_resolution_hours", "median_resolution_hours",
            "first_response_median_minutes", "sla_met_rate", "open_backlog", "aged_backlog_7d", "billable_hours", "total_hours",
            "utilization", "capacity_utilization", "tickets_closed_per_tech_day",
        ];
        Assert.Equal(design.Order(), MetricCatalog.All.Select(m => m.Id).Order());
        Assert.All(MetricCatalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Definition + m.Formula + m.Name)));
        Assert.Same(MetricCatalog.Get("AGED_BACKLOG_7D"), MetricCatalog.Get("aged_backlog_7d"));
    }

    [Fact]
    public void Rates_and_means_without_a_denominator_are_null_not_zero()
    {
        var empty = PeriodTotals.Empty;
        foreach (var id in new[] { "same_day_close_rate", "avg_resolution_hours", "sla_met_rate", "utilization", "capacity_utilization", "tickets_closed_per_tech_day" })
        {
            Assert.Null(MetricCatalog.Get(id).Measure(empty).Value);
        }

        Assert.Equal(0, MetricCatalog.Get("tickets_opened").Measure(empty).Value);
    }

    [Fact]
    public void Capacity_and_per_technician_rates_divide_by_technicians_and_working_days()
    {
        var t = new PeriodTotals { BillableHours = 60, TotalHours = 70, Closed = 45, Technicians = 3, WorkingDays = 5, DailyHours = 8 };
        Assert.Equal(new Measure(0.5, 60, 120), MetricCatalog.Get("capacity_utilization").Measure(t));
        Assert.Equal(new Measure(3, 45, 15), MetricCatalog.Get("tickets_closed_per_tech_day").Measure(t));
        Assert.Equal(60.0 / 70, MetricCatalog.Get("utilization").Measure(t).Value!.Value, 12);
    }

    [Theory]
    [InlineData("same_day_close_rate", 0.629, "62.9 %")]
    [InlineData("tickets_opened", 41, "41")]
    [InlineData("total_hours", 3.5, "3.5 h")]
    [InlineData("first_response_median_minutes", 12.4, "12 min")]
    public void Values_are_formatted_for_people(string id, double value, string expected) =>
        Assert.Equal(expected, MetricCatalog.Get(id).Format(value));
}
