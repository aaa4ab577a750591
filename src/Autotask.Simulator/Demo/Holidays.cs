namespace Autotask.Simulator.Demo;

/// <summary>The days the demo MSP and its clients mostly take off (US federal holidays that close offices).</summary>
static class Holidays
{
    public static bool IsHoliday(DateOnly d) =>
        (d.Month == 1 && d.Day == 1)
        || (d.Month == 7 && d.Day == 4)
        || (d.Month == 12 && d.Day is 24 or 25 or 31)
        || (d.Month == 5 && d.DayOfWeek == DayOfWeek.Monday && d.AddDays(7).Month == 6)      // Memorial Day
        || (d.Month == 9 && d.DayOfWeek == DayOfWeek.Monday && d.Day <= 7)                   // Labor Day
        || (d.Month == 11 && d.DayOfWeek == DayOfWeek.Thursday && d.Day is >= 22 and <= 28)  // Thanksgiving
        || (d.Month == 11 && d.DayOfWeek == DayOfWeek.Friday && d.Day is >= 23 and <= 29);   // and the day after

    public static bool IsWorkday(DateOnly d) =>
        d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(d);
}
