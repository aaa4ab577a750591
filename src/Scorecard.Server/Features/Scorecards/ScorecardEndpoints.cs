using System.Globalization;
using Scorecard.Periods;
using Scorecard.Server.Api;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>The prototype's weekly and quarterly scorecard endpoints (design.md §4).</summary>
static class ScorecardEndpoints
{
    public static void MapScorecardEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/autotask/scorecard").WithTags("Scorecard");
        g.MapGet("/weekly", Weekly).WithName("GetWeeklyScorecard");
        g.MapGet("/quarterly", Quarterly).WithName("GetQuarterlyScorecard");
    }

    static async Task<WeeklyResponse> Weekly(string? week, string? year, string? queue, ScorecardFacts facts, QueueResolver queues,
        ReportingCalendar calendar, TimeProvider clock, CancellationToken ct)
    {
        var period = WeekOf(week, year, calendar, clock);
        var selection = await queues.ResolveAsync(queue, ct);
        var (_, values) = (await facts.ComputeAsync([period], calendar, selection, ct))[0];
        return WeeklyResponse.From(period, calendar, selection, MetricsResponse.From(values), clock);
    }

    static async Task<QuarterlyResponse> Quarterly(string? quarter, string? year, string? queue, ScorecardFacts facts, QueueResolver queues,
        ReportingCalendar calendar, TimeProvider clock, CancellationToken ct)
    {
        var today = calendar.LocalDate(clock.GetUtcNow().UtcDateTime);
        var q = QueryParameters.OptionalInt("quarter", quarter, 1, 4) ?? ((today.Month - 1) / 3) + 1;
        var y = QueryParameters.OptionalInt("year", year, 2000, 2100) ?? today.Year;
        var selection = await queues.ResolveAsync(queue, ct);
        var weeks = QuarterWeeks(y, q, calendar).Where(w => w.StartUtc <= clock.GetUtcNow().UtcDateTime).ToList();
        var computed = await facts.ComputeAsync(weeks, calendar, selection, ct);
        var rows = computed.Select(c => WeeklyResponse.From(c.Period, calendar, selection, MetricsResponse.From(c.Values), clock)).ToList();
        return QuarterlyResponse.From(q, y, calendar, selection, rows);
    }

    /// <summary>The weeks that start (on Monday) in the calendar quarter: the EOS "Q Avg" weeks.</summary>
    public static IEnumerable<Period> QuarterWeeks(int year, int quarter, ReportingCalendar calendar)
    {
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        var next = first.AddMonths(3);
        var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
        for (var d = monday; d < next; d = d.AddDays(7))
        {
            yield return calendar.Days(d, d.AddDays(7));
        }
    }

    static Period WeekOf(string? week, string? year, ReportingCalendar calendar, TimeProvider clock)
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

        var weeksInYear = ISOWeek.GetWeeksInYear(y.Value);
        if (w > weeksInYear)
        {
            throw ProblemException.BadRequest($"ISO year {y} has {weeksInYear} weeks; week {w} does not exist.");
        }

        var period = calendar.Week(y.Value, w.Value);
        return period.StartUtc <= clock.GetUtcNow().UtcDateTime
            ? period
            : throw ProblemException.BadRequest($"Week {w} of {y} starts on {period.Start:yyyy-MM-dd} and has not begun yet.");
    }
}

public sealed record WeeklyResponse(int Week, int Year, string StartDate, string EndDate, string TimeZone, bool InProgress,
    string? Queue, MetricsResponse Metrics)
{
    public static WeeklyResponse From(Period p, ReportingCalendar calendar, QueueSelection queue, MetricsResponse metrics, TimeProvider clock) =>
        new(p.IsoWeek, p.IsoYear, Iso(p.Start), Iso(p.LastDay), calendar.Zone.Id, p.IsInProgressAt(clock.GetUtcNow().UtcDateTime),
            queue.QueueId is null ? null : queue.Label, metrics);

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
