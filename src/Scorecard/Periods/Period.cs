using System.Globalization;

namespace Scorecard.Periods;

public enum PeriodKind
{
    Week,
    Quarter,
    Range,
}

/// <summary>
/// A reporting period: local days [<see cref="Start"/>, <see cref="EndExclusive"/>) and the
/// matching UTC instants [<see cref="StartUtc"/>, <see cref="EndUtc"/>) for ticket timestamps.
/// <see cref="Year"/> and <see cref="Number"/> name a week (week-numbering year, week) or a
/// quarter (fiscal year, quarter); they are 0 for a plain range of days.
/// </summary>
public sealed record Period(PeriodKind Kind, int Year, int Number, DateOnly Start, DateOnly EndExclusive, DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>The last local day in the period (inclusive), as the API reports it.</summary>
    public DateOnly LastDay => EndExclusive.AddDays(-1);

    /// <summary>A stable name: <c>2026-W47</c>, <c>2027-Q1</c> or <c>2026-11-01..2026-11-30</c>.</summary>
    public string Key => Kind switch
    {
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{LastDay:yyyy-MM-dd}"),
    };

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    public bool Contains(DateOnly day) => day >= Start && day < EndExclusive;

    /// <summary>True when <paramref name="nowUtc"/> falls inside the period, so its numbers are still moving.</summary>
    public bool IsInProgressAt(DateTime nowUtc) => Contains(nowUtc);
}
