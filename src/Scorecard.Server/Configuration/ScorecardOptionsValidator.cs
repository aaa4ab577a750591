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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
