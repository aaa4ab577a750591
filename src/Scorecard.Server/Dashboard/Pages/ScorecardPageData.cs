using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Definitions;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.Scorecards;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Dashboard.Pages;

/// <summary>
/// What the scorecard page shows: 13 weeks ending at a chosen week (or the weeks of a chosen quarter)
/// and the quarter's average and total, both straight from the report service, the same calls the
/// grid and quarter endpoints make.
/// </summary>
public sealed record GridView(
    ScorecardDefinition Scorecard,
    IReadOnlyList<ScorecardDefinition> Scorecards,
    Report Report,
    Period Quarter,
    Report QuarterReport,
    bool QuarterMode,
    Period Anchor,
    Period? Earlier,
    Period? Later,
    IReadOnlyList<Period> Quarters);

public sealed partial class ScorecardPageData(ScorecardStore store, ScorecardResolver resolver, ReportService reports, TimeProvider clock)
{
    public const int Weeks = 13;

    public ReportingCalendar Calendar => reports.Calendar;

    /// <summary>
    /// Builds the view of a scorecard already resolved from the list <paramref name="all"/> (<see cref="ResolveAsync(string?, string?, IReadOnlyList{ScorecardDefinition}, CancellationToken)"/>);
    /// a bad parameter is a <see cref="PageInputException"/> with a message for the page.
    /// </summary>
    public async Task<GridView> LoadAsync(ScorecardDefinition definition, IReadOnlyList<ScorecardDefinition> all, string? week, string? quarter, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = Calendar.WeekContaining(clock.GetUtcNow());
        var currentQuarter = Calendar.QuarterContaining(current.Start);
        var quarters = Enumerable.Range(0, 8).Select(i => Calendar.QuarterContaining(currentQuarter.Start.AddMonths(-3 * i))).ToList();

        if (!string.IsNullOrWhiteSpace(quarter))
        {
            var q = ParseQuarter(quarter);
            if (q.StartUtc > now)
            {
                throw new PageInputException($"Quarter {q.Key} has not begun yet.");
            }

            var weeks = Calendar.QuarterWeeksBegun(q, now);
            var report = await reports.ReportAsync(definition, weeks, ct);
            var previous = Calendar.QuarterContaining(q.Start.AddMonths(-3));
            var next = Calendar.QuarterContaining(q.Start.AddMonths(3));
            return new GridView(definition, all, report, q, report, true, q, previous, next.StartUtc <= now ? next : null, quarters);
        }

        var last = string.IsNullOrWhiteSpace(week) ? current : ParseWeek(week);
        if (last.StartUtc > current.StartUtc)
        {
            last = current;
        }

        // Both asked for at once: after new data each may wait up to FreshWait for its recomputation, not one after the other.
        var quarterOfLast = Calendar.QuarterContaining(last.Start);
        var gridRead = reports.ReportAsync(definition, Calendar.WeeksEndingAt(last, Weeks), ct);
        var quarterRead = reports.ReportAsync(definition, Calendar.QuarterWeeksBegun(quarterOfLast, now), ct);
        var (grid, quarterReport) = (await gridRead, await quarterRead);
        var later = last.StartUtc < current.StartUtc ? Calendar.WeekContaining(last.Start.AddDays(7)) : null;
        return new GridView(definition, all, grid, quarterOfLast, quarterReport, false, last, Calendar.WeekContaining(last.Start.AddDays(-7)), later, quarters);
    }


    public Task<IReadOnlyList<ScorecardDefinition>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    /// <summary>The scorecard a link names (stored, by slug or id; or a bare queue), else the default one.</summary>
    public Task<ScorecardDefinition> ResolveAsync(string? scorecard, string? queue, CancellationToken ct) => ChooseAsync(scorecard, queue, ct);

    /// <summary>The same, with the scorecards the caller has just listed (the default needs no second look).</summary>
    public Task<ScorecardDefinition> ResolveAsync(string? scorecard, string? queue, IReadOnlyList<ScorecardDefinition> all, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(scorecard) && string.IsNullOrWhiteSpace(queue) ? Task.FromResult(resolver.Default(all)) : ChooseAsync(scorecard, queue, ct);

    /// <summary>A week, quarter or range of days, as the API names them (2026-W47, 2026-Q3, 2026-11-01..2026-11-30).</summary>
    public Period ParsePeriod(string? key)
    {
        try
        {
            return Features.ScorecardReports.PeriodKeys.Parse(key, Calendar);
        }
        catch (Api.ProblemException e)
        {
            throw new PageInputException(e.Message);
        }
    }

    async Task<ScorecardDefinition> ChooseAsync(string? scorecard, string? queue, CancellationToken ct)
    {
        try
        {
            return string.IsNullOrWhiteSpace(scorecard) && string.IsNullOrWhiteSpace(queue)
                ? await resolver.DefaultAsync(ct)
                : await resolver.ResolveAsync(queue, scorecard, ct);
        }
        catch (Api.ProblemException e)
        {
            throw new PageInputException(e.Message);
        }
    }

    Period ParseWeek(string text) => WeekKey().Match(text.Trim()) is { Success: true } m
        && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var year and >= 2000 and <= 2100
        && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var number && number >= 1 && number <= ReportingCalendar.WeeksInYear(year)
            ? Calendar.Week(year, number)
            : throw new PageInputException($"'{text}' is not a week such as 2026-W47.");

    Period ParseQuarter(string text) => QuarterKey().Match(text.Trim()) is { Success: true } m
        && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var year and >= 2000 and <= 2100
            ? Calendar.Quarter(year, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new PageInputException($"'{text}' is not a quarter such as 2026-Q3.");

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$")]
    private static partial Regex WeekKey();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterKey();
}

/// <summary>A page parameter that cannot be shown: the page says what was wrong instead of failing.</summary>
public sealed class PageInputException(string message) : Exception(message);
