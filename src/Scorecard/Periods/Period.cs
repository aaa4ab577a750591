using System.Globalization;

namespace Scorecard.Periods;

/// <summary>
/// A reporting period: local days [<see cref="Start"/>, <see cref="EndExclusive"/>) and the
/// matching UTC instants [<see cref="StartUtc"/>, <see cref="EndUtc"/>) for ticket timestamps.
/// </summary>
public sealed record Period(DateOnly Start, DateOnly EndExclusive, DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>The last local day in the period (inclusive), as the API reports it.</summary>
    public DateOnly LastDay => EndExclusive.AddDays(-1);

    public int IsoYear => ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue));

    public int IsoWeek => ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue));

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    public bool Contains(DateOnly day) => day >= Start && day < EndExclusive;

    /// <summary>True when <paramref name="nowUtc"/> falls inside the period, so its numbers are still moving.</summary>
    public bool IsInProgressAt(DateTime nowUtc) => Contains(nowUtc);
}
