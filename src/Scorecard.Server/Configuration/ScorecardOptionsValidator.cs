using Microsoft.Extensions.Options;

namespace Scorecard.Server.Configuration;

/// <summary>Checks the settings at start-up, naming the setting and the bad value.</summary>
sealed class ScorecardOptionsValidator : IValidateOptions<ScorecardOptions>
{
    public ValidateOptionsResult Validate(string? name, ScorecardOptions o)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(o.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
        {
            failures.Add($"Scorecard:TimeZone '{o.TimeZone}' is not a known IANA time zone (for example America/New_York or Europe/London).");
        }

        if (!Enum.TryParse<global::Autotask.Simulator.Demo.DemoScale>(o.Demo.Scale, ignoreCase: true, out var scale) || !Enum.IsDefined(scale))
        {
            failures.Add($"Scorecard:Demo:Scale '{o.Demo.Scale}' must be demo, large or xl.");
        }

        if (o.Demo.HistoryDays is < 1 or > 3660 || o.Demo.LiveSpeed is < 0 or > 10_000 || double.IsNaN(o.Demo.LiveSpeed))
        {
            failures.Add("Scorecard:Demo:HistoryDays must be 1 to 3660 and Scorecard:Demo:LiveSpeed 0 to 10000.");
        }

        foreach (var (metric, goal) in o.Goals)
        {
            if (goal.Tolerance is < 0 or > 1 || double.IsNaN(goal.Target))
            {
                failures.Add($"Scorecard:Goals:{metric} needs a Target and a Tolerance between 0 and 1.");
            }
        }

        if (o.WeekStart is not (DayOfWeek.Monday or DayOfWeek.Sunday))
        {
            failures.Add($"Scorecard:WeekStart '{o.WeekStart}' must be Monday or Sunday.");
        }

        if (o.FiscalYearStartMonth is < 1 or > 12)
        {
            failures.Add($"Scorecard:FiscalYearStartMonth '{o.FiscalYearStartMonth}' must be a month number from 1 to 12.");
        }

        if (o.Capacity.DailyHours is <= 0 or > 24 || double.IsNaN(o.Capacity.DailyHours))
        {
            failures.Add($"Scorecard:Capacity:DailyHours '{o.Capacity.DailyHours}' must be more than 0 and at most 24.");
        }

        if (o.Capacity.WorkingDays.Any(d => !Enum.IsDefined(d)))
        {
            failures.Add("Scorecard:Capacity:WorkingDays must name days of the week (Monday … Sunday).");
        }

        if (o.Seed.ExcludeQueuePatterns.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Scorecard:Seed:ExcludeQueuePatterns cannot hold an empty pattern.");
        }

        if (o.Reports.FreshWait < TimeSpan.Zero || o.Reports.FreshWait > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Scorecard:Reports:FreshWait '{o.Reports.FreshWait}' must be between 00:00:00 and 00:01:00.");
        }

        if (o.Reports.WarmEvery < TimeSpan.Zero || o.Reports.WarmEvery > TimeSpan.FromHours(1))
        {
            failures.Add($"Scorecard:Reports:WarmEvery '{o.Reports.WarmEvery}' must be between 00:00:00 (off) and 01:00:00.");
        }

        foreach (var metric in o.Goals.Keys.Where(k => Scorecard.Metrics.MetricCatalog.Find(k) is null))
        {
            failures.Add($"Scorecard:Goals:{metric} names no metric; known metrics: {string.Join(", ", Scorecard.Metrics.MetricCatalog.All.Select(m => m.Id))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
