using Autotask.Client;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Periods;
using Scorecard.Server.Autotask;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;

namespace Scorecard.Server.Cli;

/// <summary>The doctor's checks: first what needs no network, then Autotask.</summary>
static class DoctorChecks
{
    public static async Task<List<DoctorCheck>> LocalAsync(CliHost host, CancellationToken ct)
    {
        var checks = new List<DoctorCheck>();
        var calendar = host.Services.GetRequiredService<ReportingCalendar>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.Zone);
        checks.Add(DoctorCheck.Pass("Time zone", $"{calendar.Zone.Id}: it is {local:yyyy-MM-dd HH:mm} there; weeks start Monday."));

        var database = host.Services.GetRequiredService<DatabaseInfo>().Name;
        await using var db = await host.DbAsync(ct);
        if (!await db.Database.CanConnectAsync(ct))
        {
            checks.Add(db.Database.IsSqlite()
                ? DoctorCheck.Fail("Database", "The SQLite database file does not exist yet.", "Run `scorecard migrate`, or start the server once: both create it.")
                : DoctorCheck.Fail("Database", $"Cannot connect to the {database} database.",
                    "Check ConnectionStrings:Scorecard (host, database, user, password) and that the server is reachable."));
            return checks;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        checks.Add(pending.Count == 0
            ? DoctorCheck.Pass("Database", $"{database}: connected, schema up to date.")
            : DoctorCheck.Fail("Database", $"{database}: {pending.Count} migration(s) pending.", "Run `scorecard migrate` (serve applies them too unless Scorecard:Database:MigrateOnStartup=false)."));
        if (pending.Count > 0)
        {
            return checks;
        }

        var admins = await db.UserRoles.CountAsync(r => r.RoleId == "role-admin", ct);
        checks.Add(admins > 0
            ? DoctorCheck.Pass("Accounts", $"{await db.Users.CountAsync(ct)} account(s), {admins} admin(s).")
            : DoctorCheck.Warn("Accounts", "No admin account yet.", "Open the setup link `serve` prints, or run `scorecard users add NAME --role admin`."));

        foreach (var state in await db.SyncStates.AsNoTracking().Where(s => s.LastError != null).ToListAsync(ct))
        {
            checks.Add(DoctorCheck.Warn($"Sync of {state.Entity}", $"The last run failed: {state.LastError}", "Run `scorecard sync --entity " + state.Entity + "` to see whether it still fails."));
        }

        return checks;
    }

    public static async Task<List<DoctorCheck>> AutotaskAsync(CliHost host, CancellationToken ct)
    {
        var mode = host.Mode;
        if (mode == AutotaskMode.NotConfigured)
        {
            return [DoctorCheck.Warn("Autotask", "No credentials and the demo is off: nothing is synced.",
                "Set AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE (an API-only user), or Scorecard:Demo:Enabled=true.")];
        }

        var checks = new List<DoctorCheck>();
        await host.StartAutotaskAsync(ct);
        var client = host.Services.GetRequiredService<AutotaskClient>();
        var source = mode == AutotaskMode.Demo ? "the built-in demo tenant" : "your Autotask tenant";
        try
        {
            var tickets = await client.Tickets.CountAsync(AutotaskFilter.All, ct);
            checks.Add(DoctorCheck.Pass("Autotask", $"Connected to {source}: {tickets} tickets visible."));
        }
        catch (Exception ex) when (ex is AutotaskApiException or HttpRequestException or InvalidOperationException)
        {
            checks.Add(DoctorCheck.Fail("Autotask", $"Cannot query {source}: {ex.Message}",
                "Check AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE; the user must be an API user (API-only license) with a security level that can read tickets."));
            return checks;
        }

        var since = DateTime.SpecifyKind(host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-90), DateTimeKind.Utc);
        var nonBillable = await client.TimeEntries.CountAsync(AutotaskFilter.And(AutotaskFilter.Eq("isNonBillable", true), AutotaskFilter.Gte("dateWorked", since)), ct);
        var all = await client.TimeEntries.CountAsync(AutotaskFilter.Gte("dateWorked", since), ct);
        checks.Add(all == 0
            ? DoctorCheck.Warn("Time entries", "No time entries in the last 90 days are visible.", "Give the API user's security level access to time entries, or check that technicians log time.")
            : nonBillable == 0
                ? DoctorCheck.Warn("Non-billable time", $"{all} time entries in the last 90 days, none of them non-billable: utilization will read 100 %.",
                    "Let the API user's security level see non-billable (internal) time, or confirm that none is logged.")
                : DoctorCheck.Pass("Time entries", $"{all} in the last 90 days, {nonBillable} non-billable."));

        var budget = client.Budget.Usage;
        var share = budget.TenantUsageEstimate is { } used && budget.Threshold > 0 ? (double)used / budget.Threshold : (double?)null;
        checks.Add(share is > 0.75
            ? DoctorCheck.Warn("API budget", $"About {share:P0} of the hourly threshold ({budget.Threshold}) is in use across the tenant.",
                "Other integrations are busy: lengthen Scorecard:Sync:Interval, or find the integration using the budget.")
            : DoctorCheck.Pass("API budget", share is { } s
                ? $"About {s:P0} of the hourly threshold ({budget.Threshold}) in use across the tenant."
                : $"Hourly threshold {budget.Threshold}; this check used {budget.CallsLastHour} call(s)."));
        return checks;
    }
}
