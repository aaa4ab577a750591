using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Sync;

/// <summary>
/// The dates history loading works in: today in the MSP's time zone, the history start (setting or
/// default), the first window (the current quarter, at least 13 weeks) and local midnights as UTC.
/// </summary>
sealed class SyncCalendar(IOptions<ScorecardOptions> options, TimeProvider clock)
{
    readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));

    public int WindowDays => options.Value.Sync.HistoryWindowDays;

    /// <summary><c>Scorecard:Sync:HistoryStart</c>, or the start of the quarter two years before today.</summary>
    public DateOnly HistoryStart => options.Value.Sync.HistoryStartDate ?? QuarterStart(Today.AddYears(-2));

    /// <summary>The first window loads from here: the current quarter, and at least the 13 weeks the dashboard shows.</summary>
    public DateOnly RecentFrom
    {
        get
        {
            var quarter = QuarterStart(Today);
            var weeks = Today.AddDays(-91);
            var from = quarter < weeks ? quarter : weeks;
            return from < HistoryStart ? HistoryStart : from;
        }
    }

    /// <summary>Local midnight of <paramref name="day"/> as a UTC instant (for ticket timestamps).</summary>
    public DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>A calendar date as Autotask stores date-only fields: midnight, no conversion (for <c>dateWorked</c>).</summary>
    public static DateTime AsStored(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);

    /// <summary>The next (older) history window below <paramref name="historyFrom"/>, or null when history is complete.</summary>
    public (DateOnly From, DateOnly To)? NextWindow(DateOnly historyFrom)
    {
        var start = HistoryStart;
        if (historyFrom <= start)
        {
            return null;
        }

        var from = historyFrom.AddDays(-WindowDays);
        return (from < start ? start : from, historyFrom);
    }

    static DateOnly QuarterStart(DateOnly d) => new(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1);
}
