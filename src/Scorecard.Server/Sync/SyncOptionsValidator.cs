using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Sync;

/// <summary>Checks <c>Scorecard:Sync:*</c> and <c>Scorecard:PublicUrl</c> at start-up, naming the setting and the bad value.</summary>
sealed class SyncOptionsValidator(IConfiguration configuration) : IValidateOptions<ScorecardOptions>
{
    public ValidateOptionsResult Validate(string? name, ScorecardOptions options)
    {
        var o = options.Sync;
        var failures = new List<string>();
        if (o.Interval < TimeSpan.FromSeconds(10))
        {
            failures.Add($"Scorecard:Sync:Interval '{o.Interval}' is too short; use at least 00:00:10 to spare the Autotask request budget.");
        }

        if (o.Overlap < TimeSpan.Zero || o.Overlap > TimeSpan.FromDays(1))
        {
            failures.Add($"Scorecard:Sync:Overlap '{o.Overlap}' must be between 00:00:00 and 1.00:00:00.");
        }

        if (!string.IsNullOrWhiteSpace(o.HistoryStart) && o.HistoryStartDate is not { Year: >= 1990 and < 9000 })
        {
            failures.Add($"Scorecard:Sync:HistoryStart '{o.HistoryStart}' must be a date as YYYY-MM-DD, from 1990 on.");
        }

        if (o.HistoryWindowDays is < 1 or > 366)
        {
            failures.Add($"Scorecard:Sync:HistoryWindowDays '{o.HistoryWindowDays}' must be 1 to 366.");
        }

        if (o.BackfillSlice < TimeSpan.FromSeconds(10))
        {
            failures.Add($"Scorecard:Sync:BackfillSlice '{o.BackfillSlice}' is too short; use at least 00:00:10.");
        }

        if (o.ReconcileEvery < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Scorecard:Sync:ReconcileEvery '{o.ReconcileEvery}' is too short; use at least 00:01:00.");
        }

        if (o.ReconcileWindowDays is < 1 or > 3660)
        {
            failures.Add($"Scorecard:Sync:ReconcileWindowDays '{o.ReconcileWindowDays}' must be 1 to 3660.");
        }

        if (o.MaxBackoff < o.Interval)
        {
            failures.Add($"Scorecard:Sync:MaxBackoff '{o.MaxBackoff}' must be at least Scorecard:Sync:Interval ('{o.Interval}').");
        }

        if (o.WebhookCheckEvery < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Scorecard:Sync:WebhookCheckEvery '{o.WebhookCheckEvery}' is too short; use at least 00:01:00.");
        }

        var publicUrl = configuration["Scorecard:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(publicUrl) && !(Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            failures.Add($"Scorecard:PublicUrl '{publicUrl}' must be an absolute http(s) URL where Autotask can reach this server.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
