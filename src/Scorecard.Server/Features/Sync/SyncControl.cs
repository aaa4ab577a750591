using Autotask.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Api;
using Scorecard.Server.Autotask;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Features.Sync;

/// <summary>
/// What <c>/api/v1/sync</c> and the admin page's sync panel share: the status of the sync, and asking for one. A sync
/// asked for goes to the worker through <see cref="SyncTrigger"/>, so it waits its turn behind a cycle in progress
/// and respects the lock another instance holds, exactly like the scheduled ones.
/// </summary>
sealed class SyncControl(IDbContextFactory<ScorecardDbContext> databases, TimeProvider clock, SyncRunner runner, SyncTotals totals,
    SyncCalendar calendar, SyncEntities entities, SyncTrigger trigger, AutotaskStatus autotask, IOptions<ScorecardOptions> options,
    IServiceProvider services)
{
    public IReadOnlyList<string> Entities => entities.Names;

    public async Task<SyncStatus> StatusAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var states = await db.SyncStates.AsNoTracking().OrderBy(s => s.Entity).ToListAsync(ct);
        var webhook = await db.WebhookStates.AsNoTracking().SingleOrDefaultAsync(w => w.Id == WebhookStateRow.SingletonId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var processTotals = totals.Snapshot();
        var asOf = DataAge.AsOf(states);
        return new SyncStatus(
            autotask.HealthName,
            runner.Running,
            runner.CyclesCompleted,
            runner.LastAttemptLocked,
            runner.LastCycleCompleted?.UtcDateTime,
            asOf,
            asOf is { } a ? Math.Max(0, (long)(now - a).TotalSeconds) : null,
            services.GetService<AutotaskClient>()?.Budget.Usage is { } b
                ? new BudgetStatus(b.Threshold, b.Allowance, b.CallsLastHour, b.TenantUsageEstimate, b.Pressure, b.LastReading?.UtcDateTime, b.DelayedCalls, b.RefusedCalls)
                : null,
            webhook is null ? null : new WebhookStatus(webhook.WebhookId, webhook.WebhookUrl, webhook.RegisteredUtc, webhook.LastCheckedUtc,
                webhook.LastDeliveryUtc, webhook.Deliveries, webhook.Rejected),
            states.Select(s => EntityStatus.From(s, now, calendar.HistoryStart, processTotals.GetValueOrDefault(s.Entity))).ToList());
    }

    /// <summary>Why no sync can be asked for here (no tenant, or the sync turned off), or null when one can.</summary>
    public string? Unavailable =>
        autotask.Mode == AutotaskMode.NotConfigured ? "No Autotask tenant is configured (AUTOTASK_USERNAME), so there is nothing to sync."
        : !options.Value.Sync.Enabled ? "The sync is turned off (Scorecard:Sync:Enabled=false)."
        : null;

    /// <summary>The entity as the sync names it, null for every entity; a <see cref="ProblemException"/> naming the choices when unknown.</summary>
    public string? Entity(string? entity) => entity is null ? null
        : Entities.FirstOrDefault(e => string.Equals(e, entity, StringComparison.OrdinalIgnoreCase))
          ?? throw ProblemException.BadRequest($"entity '{entity}' is not synced; use one of {string.Join(", ", Entities)}, or leave it out for all.");

    /// <summary>Hands a sync to the worker (check <see cref="Unavailable"/> first): every entity or one, optionally as a full reload.</summary>
    public SyncRequest Request(string? entity, bool full)
    {
        var request = new SyncRequest(Entity(entity), full);
        trigger.Request(request);
        return request;
    }
}
