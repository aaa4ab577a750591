using Scorecard.Periods;

namespace Scorecard.Tests;

public sealed class ReportingCalendarTests
{
    static readonly ReportingCalendar NewYork = ReportingCalendar.ForZone("America/New_York");

    [Theory]
    [InlineData(2026, 1, "2025-12-29")] // ISO week 1 can start in December
    [InlineData(2026, 53, "2026-12-28")] // 2026 has a week 53
    [InlineData(2025, 43, "2025-10-20")]
    [InlineData(2027, 1, "2027-01-04")]
    public void Weeks_start_on_the_ISO_Monday(int year, int week, string monday)
    {
        var p = NewYork.Week(year, week);
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(p.Start.AddDays(7), p.EndExclusive);
        Assert.Equal(week, p.Number);
        Assert.Equal(year, p.Year);
    }

    [Fact]
    public void Week_53_does_not_exist_in_a_52_week_year() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewYork.Week(2025, 53));

    [Fact]
    public void Local_midnight_is_converted_to_UTC_with_the_offset_of_that_day()
    {
        var winter = NewYork.Days(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 12));
        Assert.Equal(new DateTime(2026, 1, 5, 5, 0, 0, DateTimeKind.Utc), winter.StartUtc);
        var summer = NewYork.Days(new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 13));
        Assert.Equal(new DateTime(2026, 7, 6, 4, 0, 0, DateTimeKind.Utc), summer.StartUtc);
    }

    [Fact]
    public void The_spring_forward_week_is_an_hour_short_and_the_fall_back_week_an_hour_long()
    {
        var spring = NewYork.WeekContaining(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(167), spring.EndUtc - spring.StartUtc);
        var fall = NewYork.WeekContaining(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(169), fall.EndUtc - fall.StartUtc);
    }

    [Fact]
    public void A_day_whose_midnight_is_skipped_starts_at_the_first_local_time_that_exists()
    {
        // Chile moves its clocks forward at local midnight: 2026-09-06 00:00 does not exist.
        var santiago = ReportingCalendar.ForZone("America/Santiago");
        var start = santiago.StartOfDayUtc(new DateOnly(2026, 9, 6));
        var local = TimeZoneInfo.ConvertTimeFromUtc(start, santiago.Zone);
        Assert.Equal(new DateOnly(2026, 9, 6), DateOnly.FromDateTime(local));
        Assert.Equal(1, local.Hour);
    }

    [Fact]
    public void The_week_containing_an_instant_uses_the_local_date_not_the_UTC_date()
    {
        // Sunday 2026-11-22 23:30 in New York is already Monday in UTC.
        var p = NewYork.WeekContaining(new DateTimeOffset(2026, 11, 23, 4, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 16), p.Start);
    }
}
