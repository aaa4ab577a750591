using Scorecard.Periods;

namespace Scorecard.Tests;

/// <summary>Calendar edges worked out by hand: DST weeks, week 53, Sunday weeks, fiscal quarters, working days.</summary>
public sealed class CalendarEdgeTests
{
    static DateTime Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    static DateOnly Day(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Chicago_spring_forward_week_runs_from_CST_midnight_to_CDT_midnight()
    {
        var chicago = ReportingCalendar.ForZone("America/Chicago");
        var week = chicago.WeekContaining(Day(2026, 3, 8)); // clocks go forward on Sunday 8 March
        Assert.Equal(Day(2026, 3, 2), week.Start);
        Assert.Equal(Utc(2026, 3, 2, 6), week.StartUtc);  // UTC−6
        Assert.Equal(Utc(2026, 3, 9, 5), week.EndUtc);    // UTC−5
    }

    [Fact]
    public void London_weeks_around_both_changes_are_167_and_169_hours()
    {
        var london = ReportingCalendar.ForZone("Europe/London");
        var spring = london.WeekContaining(Day(2026, 3, 29));
        Assert.Equal(Utc(2026, 3, 23, 0), spring.StartUtc);
        Assert.Equal(Utc(2026, 3, 29, 23), spring.EndUtc); // Monday 30 March 00:00 BST
        var autumn = london.WeekContaining(Day(2026, 10, 25));
        Assert.Equal(Utc(2026, 10, 18, 23), autumn.StartUtc);
        Assert.Equal(Utc(2026, 10, 26, 0), autumn.EndUtc);
    }

    [Fact]
    public void Days_of_a_DST_week_are_23_24_and_25_hours_long()
    {
        var london = ReportingCalendar.ForZone("Europe/London");
        var hours = london.DaysOf(london.WeekContaining(Day(2026, 10, 25))).Select(d => (d.EndUtc - d.StartUtc).TotalHours).ToList();
        Assert.Equal([24, 24, 24, 24, 24, 24, 25], hours);
    }

    [Fact]
    public void Week_53_of_2026_holds_new_years_eve_and_the_first_days_of_2027()
    {
        var ny = ReportingCalendar.ForZone("America/New_York");
        var week = ny.WeekContaining(Day(2027, 1, 3));
        Assert.Equal((2026, 53, "2026-W53"), (week.Year, week.Number, week.Key));
        Assert.Equal(Day(2026, 12, 28), week.Start);
        Assert.Equal(Day(2027, 1, 4), week.EndExclusive);
        Assert.Equal(1, ny.WeekContaining(Day(2027, 1, 4)).Number);
    }

    [Fact]
    public void Sunday_weeks_start_a_day_earlier_and_carry_the_number_of_the_ISO_week_that_follows()
    {
        var ny = ReportingCalendar.ForZone("America/New_York", DayOfWeek.Sunday);
        var week = ny.Week(2026, 47);
        Assert.Equal(Day(2026, 11, 15), week.Start);
        Assert.Equal(Day(2026, 11, 22), week.EndExclusive);
        var sunday = ny.WeekContaining(Day(2026, 11, 22));
        Assert.Equal((2026, 48), (sunday.Year, sunday.Number));
        Assert.Equal(Day(2026, 11, 22), sunday.Start);
        Assert.Equal(Day(2026, 11, 22), ny.WeekContaining(Day(2026, 11, 28)).Start); // Saturday ends the week
    }

    [Fact]
    public void A_week_that_straddles_two_quarters_belongs_to_the_quarter_it_starts_in()
    {
        var ny = ReportingCalendar.ForZone("America/New_York");
        var q3 = ny.QuarterWeeks(2026, 3);
        var q4 = ny.QuarterWeeks(2026, 4);
        Assert.Equal(Day(2026, 9, 28), q3[^1].Start); // Monday 28 September to Sunday 4 October
        Assert.Equal(40, q3[^1].Number);
        Assert.Equal(Day(2026, 10, 5), q4[0].Start);
        Assert.Equal(13, q4.Count);                    // W41 … W53
        Assert.Equal(53, q4[^1].Number);
    }

    [Fact]
    public void Sunday_quarter_weeks_start_on_the_first_Sunday_of_the_quarter()
    {
        var ny = ReportingCalendar.ForZone("America/New_York", DayOfWeek.Sunday);
        var q4 = ny.QuarterWeeks(2026, 4);
        Assert.Equal(Day(2026, 10, 4), q4[0].Start);
        Assert.Equal(Day(2026, 12, 27), q4[^1].Start);
    }

    [Fact]
    public void A_fiscal_year_from_July_is_named_by_the_year_it_ends_in()
    {
        var ny = ReportingCalendar.ForZone("America/New_York", fiscalYearStartMonth: 7);
        var q = ny.QuarterContaining(Day(2026, 8, 15));
        Assert.Equal((2027, 1, "2027-Q1"), (q.Year, q.Number, q.Key));
        Assert.Equal(Day(2026, 7, 1), q.Start);
        Assert.Equal(Day(2026, 10, 1), q.EndExclusive);
        Assert.Equal((2027, 3), (ny.QuarterContaining(Day(2027, 3, 31)).Year, ny.QuarterContaining(Day(2027, 3, 31)).Number));
        Assert.Equal(Day(2027, 4, 1), ny.Quarter(2027, 4).Start);
        Assert.Equal(Day(2027, 7, 1), ny.Quarter(2027, 4).EndExclusive);
        Assert.Equal(Utc(2026, 7, 1, 4), q.StartUtc); // EDT
    }

    [Fact]
    public void Thirteen_weeks_end_at_the_week_given()
    {
        var ny = ReportingCalendar.ForZone("America/New_York");
        var weeks = ny.WeeksEndingAt(ny.Week(2027, 2), 13);
        Assert.Equal(13, weeks.Count);
        Assert.Equal("2026-W43", weeks[0].Key);   // W43 … W53 are eleven weeks, then W01 and W02
        Assert.Equal("2026-W53", weeks[^3].Key);
        Assert.Equal("2027-W02", weeks[^1].Key);
        Assert.All(weeks.Zip(weeks.Skip(1)), p => Assert.Equal(p.First.EndUtc, p.Second.StartUtc));
    }

    [Fact]
    public void Working_days_leave_out_weekends_and_holidays()
    {
        var ny = ReportingCalendar.ForZone("America/New_York");
        var capacity = Capacity.Default with { Holidays = new HashSet<DateOnly> { Day(2026, 11, 26) } };
        Assert.Equal(4, capacity.WorkingDaysIn(ny.Week(2026, 48)));   // Thanksgiving week
        Assert.Equal(5, capacity.WorkingDaysIn(ny.Week(2026, 47)));
    }
}
