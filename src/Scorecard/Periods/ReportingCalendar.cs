using System.Globalization;

namespace Scorecard.Periods;

/// <summary>
/// Turns local calendar periods of the MSP's time zone into UTC instants and back.
/// Weeks start on Monday and are numbered by ISO 8601, so week 1 may start in December
/// and some years have a week 53.
/// </summary>
public sealed class ReportingCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public static ReportingCalendar ForZone(string ianaName) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(ianaName));

    public Period Week(int isoYear, int week)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(isoYear))
        {
            throw new ArgumentOutOfRangeException(nameof(week),
                $"ISO year {isoYear} has weeks 1 to {ISOWeek.GetWeeksInYear(isoYear)}.");
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        return Days(monday, monday.AddDays(7));
    }

    /// <summary>The ISO week that contains the local date of <paramref name="instant"/>.</summary>
    public Period WeekContaining(DateTimeOffset instant)
    {
        var local = LocalDate(instant.UtcDateTime);
        var dt = local.ToDateTime(TimeOnly.MinValue);
        return Week(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>Local days [start, endExclusive).</summary>
    public Period Days(DateOnly start, DateOnly endExclusive) =>
        new(start, endExclusive, StartOfDayUtc(start), StartOfDayUtc(endExclusive));

    /// <summary>The local calendar date of a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>
    /// The UTC instant at which a local day begins. Where a DST change skips local midnight
    /// (e.g. America/Santiago), the day begins at the first local time that exists.
    /// </summary>
    public DateTime StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
