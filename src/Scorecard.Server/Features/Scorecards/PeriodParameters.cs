using Scorecard.Periods;
using Scorecard.Server.Api;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>Week and quarter query parameters, checked with messages that say what was wrong.</summary>
static class PeriodParameters
{
    /// <summary>The week named by <c>week</c> and <c>year</c>, or the current week when neither is given.</summary>
    public static Period Week(string? week, string? year, ReportingCalendar calendar, TimeProvider clock)
    {
        var y = QueryParameters.OptionalInt("year", year, 2000, 2100);
        var w = QueryParameters.OptionalInt("week", week, 1, 53);
        if (w is null && y is null)
        {
            return calendar.WeekContaining(clock.GetUtcNow());
        }

        if (w is null || y is null)
        {
            throw ProblemException.BadRequest("Give both week and year (ISO week numbering), or neither for the current week.");
        }

        var weeksInYear = ReportingCalendar.WeeksInYear(y.Value);
        if (w > weeksInYear)
        {
            throw ProblemException.BadRequest($"ISO year {y} has {weeksInYear} weeks; week {w} does not exist.");
        }

        var period = calendar.Week(y.Value, w.Value);
        return period.StartUtc <= clock.GetUtcNow().UtcDateTime
            ? period
            : throw ProblemException.BadRequest($"Week {w} of {y} starts on {period.Start:yyyy-MM-dd} and has not begun yet.");
    }

    /// <summary>The (fiscal) quarter named by <c>quarter</c> and <c>year</c>; each defaults to the current one.</summary>
    public static Period Quarter(string? quarter, string? year, ReportingCalendar calendar, TimeProvider clock)
    {
        var current = calendar.QuarterContaining(calendar.LocalDate(clock.GetUtcNow().UtcDateTime));
        var q = QueryParameters.OptionalInt("quarter", quarter, 1, 4) ?? current.Number;
        var y = QueryParameters.OptionalInt("year", year, 2000, 2100) ?? current.Year;
        return calendar.Quarter(y, q);
    }
}
