using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Periods;
using Scorecard.Server.Api;

namespace Scorecard.Server.Features.ScorecardReports;

/// <summary>Reads a period named as <c>2026-W47</c>, <c>2027-Q1</c> or <c>2026-11-01..2026-11-30</c> (both dates inclusive).</summary>
static partial class PeriodKeys
{
    const int MaxDays = 731;

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$")]
    private static partial Regex WeekKey();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterKey();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")]
    private static partial Regex RangeKey();

    public static Period Parse(string? key, ReportingCalendar calendar)
    {
        var text = key?.Trim() ?? "";
        if (WeekKey().Match(text) is { Success: true } w)
        {
            var (year, week) = (Int(w.Groups[1].Value), Int(w.Groups[2].Value));
            return year is >= 2000 and <= 2100 && week >= 1 && week <= ReportingCalendar.WeeksInYear(year)
                ? calendar.Week(year, week)
                : throw ProblemException.BadRequest($"period '{text}': year {year} has weeks 1 to {ReportingCalendar.WeeksInYear(year)}.");
        }

        if (QuarterKey().Match(text) is { Success: true } q && Int(q.Groups[1].Value) is >= 2000 and <= 2100)
        {
            return calendar.Quarter(Int(q.Groups[1].Value), Int(q.Groups[2].Value));
        }

        if (RangeKey().Match(text) is { Success: true } r)
        {
            var start = QueryParameters.RequiredDate("period start", r.Groups[1].Value);
            var end = QueryParameters.RequiredDate("period end", r.Groups[2].Value);
            return end < start || end.DayNumber - start.DayNumber >= MaxDays
                ? throw ProblemException.BadRequest($"period '{text}' must end on or after its start and span at most {MaxDays} days.")
                : calendar.Days(start, end.AddDays(1));
        }

        throw ProblemException.BadRequest($"period '{text}' must be a week (2026-W47), a quarter (2027-Q1) or dates (2026-11-01..2026-11-30).");
    }

    static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
