using System.Globalization;

namespace Scorecard.Periods;

/// <summary>
/// The MSP's reporting calendar: weeks that start on Monday (numbered by ISO 8601, so week 1 may
/// start in December and some years have a week 53) or on Sunday (a Sunday week carries the number
/// of the ISO week that begins the next day), fiscal quarters from a configurable start month, and
/// the conversion of local days to UTC instants in the IANA zone, exact across DST changes.
/// </summary>
public sealed class ReportingCalendar
{
    public ReportingCalendar(TimeZoneInfo zone, DayOfWeek weekStart = DayOfWeek.Monday, int fiscalYearStartMonth = 1)
    {
        if (weekStart is not (DayOfWeek.Monday or DayOfWeek.Sunday))
        {
            throw new ArgumentOutOfRangeException(nameof(weekStart), "Weeks start on Monday or Sunday.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        Zone = zone;
        WeekStart = weekStart;
        FiscalYearStartMonth = fiscalYearStartMonth;
    }

    public TimeZoneInfo Zone { get; }

    public DayOfWeek WeekStart { get; }

    /// <summary>The month the fiscal year starts in. A fiscal year that does not start in January is named by the calendar year it ends in.</summary>
    public int FiscalYearStartMonth { get; }

    /// <summary>Days from the week's first day to its ISO Monday, which names the week.</summary>
    int LabelOffset => WeekStart == DayOfWeek.Monday ? 0 : 1;

    public static ReportingCalendar ForZone(string ianaName, DayOfWeek weekStart = DayOfWeek.Monday, int fiscalYearStartMonth = 1) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(ianaName), weekStart, fiscalYearStartMonth);

    public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

    public Period Week(int year, int week)
    {
        if (week < 1 || week > WeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"Year {year} has weeks 1 to {WeeksInYear(year)}.");
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        var start = monday.AddDays(-LabelOffset);
        return new Period(PeriodKind.Week, year, week, start, start.AddDays(7), StartOfDayUtc(start), StartOfDayUtc(start.AddDays(7)));
    }

    /// <summary>The week that contains a local date.</summary>
    public Period WeekContaining(DateOnly date)
    {
        var start = date.AddDays(-(((int)date.DayOfWeek - (int)WeekStart + 7) % 7));
        var label = start.AddDays(LabelOffset).ToDateTime(TimeOnly.MinValue);
        return Week(ISOWeek.GetYear(label), ISOWeek.GetWeekOfYear(label));
    }

    /// <summary>The week that contains the local date of <paramref name="instant"/>.</summary>
    public Period WeekContaining(DateTimeOffset instant) => WeekContaining(LocalDate(instant.UtcDateTime));

    /// <summary><paramref name="count"/> consecutive weeks, the last of them <paramref name="last"/>.</summary>
    public IReadOnlyList<Period> WeeksEndingAt(Period last, int count) =>
        Enumerable.Range(0, count).Select(i => WeekContaining(last.Start.AddDays(-7 * (count - 1 - i)))).ToList();

    public Period Quarter(int fiscalYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var yearStart = new DateOnly(FiscalYearStartMonth == 1 ? fiscalYear : fiscalYear - 1, FiscalYearStartMonth, 1);
        var start = yearStart.AddMonths(3 * (quarter - 1));
        var end = start.AddMonths(3);
        return new Period(PeriodKind.Quarter, fiscalYear, quarter, start, end, StartOfDayUtc(start), StartOfDayUtc(end));
    }

    public Period QuarterContaining(DateOnly date)
    {
        var monthsIntoYear = ((date.Month - FiscalYearStartMonth) + 12) % 12;
        var fiscalYear = FiscalYearStartMonth == 1 || date.Month < FiscalYearStartMonth ? date.Year : date.Year + 1;
        return Quarter(fiscalYear, (monthsIntoYear / 3) + 1);
    }

    /// <summary>The weeks that start in the quarter: the EOS "Q Avg" weeks.</summary>
    public IReadOnlyList<Period> QuarterWeeks(int fiscalYear, int quarter)
    {
        var q = Quarter(fiscalYear, quarter);
        var first = q.Start.AddDays(((int)WeekStart - (int)q.Start.DayOfWeek + 7) % 7);
        var weeks = new List<Period>();
        for (var d = first; d < q.EndExclusive; d = d.AddDays(7))
        {
            weeks.Add(WeekContaining(d));
        }

        return weeks;
    }

    /// <summary>The quarter's weeks that have begun at <paramref name="nowUtc"/>: what a quarter view lists (the week in progress included, later ones not).</summary>
    public IReadOnlyList<Period> QuarterWeeksBegun(Period quarter, DateTime nowUtc) =>
        QuarterWeeks(quarter.Year, quarter.Number).Where(w => w.StartUtc <= nowUtc).ToList();

    /// <summary>Local days [start, endExclusive).</summary>
    public Period Days(DateOnly start, DateOnly endExclusive) =>
        new(PeriodKind.Range, 0, 0, start, endExclusive, StartOfDayUtc(start), StartOfDayUtc(endExclusive));

    /// <summary>Each local day of the period with its own UTC instants (23, 24 or 25 hours long).</summary>
    public IEnumerable<Period> DaysOf(Period period)
    {
        for (var d = period.Start; d < period.EndExclusive; d = d.AddDays(1))
        {
            yield return Days(d, d.AddDays(1));
        }
    }

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
