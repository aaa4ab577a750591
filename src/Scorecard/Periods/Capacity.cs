namespace Scorecard.Periods;

/// <summary>
/// What a technician can work: <see cref="DailyHours"/> on each of <see cref="WorkingDays"/>, except
/// <see cref="Holidays"/>. Capacity utilization divides billable hours by this.
/// </summary>
public sealed record Capacity(double DailyHours, IReadOnlySet<DayOfWeek> WorkingDays, IReadOnlySet<DateOnly> Holidays)
{
    public static readonly Capacity Default = new(8,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new HashSet<DateOnly>());

    /// <summary>Working days in the period's local dates.</summary>
    public int WorkingDaysIn(Period period)
    {
        var n = 0;
        for (var d = period.Start; d < period.EndExclusive; d = d.AddDays(1))
        {
            if (WorkingDays.Contains(d.DayOfWeek) && !Holidays.Contains(d))
            {
                n++;
            }
        }

        return n;
    }
}
