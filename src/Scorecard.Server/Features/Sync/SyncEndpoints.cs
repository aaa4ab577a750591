using Autotask.Client;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Api;
using Scorecard.Server.Auth;
using Scorecard.Server.Autotask;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Features.Sync;

/// <summary>
/// <c>GET /api/v1/sync</c>: where the sync of each entity stands, the Autotask budget, the webhook and the
/// data's age. <c>POST /api/v1/sync</c>: start a cycle now (optionally one entity, optionally a full reload).
/// </summary>
static class SyncEndpoints
{
    public const string Route = "/api/v1/sync";

    public static void MapSyncEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Sync");
        group.MapGet("/", GetAsync).WithName("GetSync");
        group.MapPost("/", Start).WithName("StartSync").RequireAuthorization(Policies.Admin);
    }

    static async Task<Ok<SyncStatus>> GetAsync(HttpContext context, IDbContextFactory<ScorecardDbContext> databases, TimeProvider clock, CancellationToken ct)
    {
        var services = context.RequestServices;
        await using var db = await databases.CreateDbContextAsync(ct);
        var states = await db.SyncStates.AsNoTracking().OrderBy(s => s.Entity).ToListAsync(ct);
        var webhook = await db.WebhookStates.AsNoTracking().SingleOrDefaultAsync(w => w.Id == WebhookStateRow.SingletonId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var runner = services.GetRequiredService<SyncRunner>();
        var totals = services.GetRequiredService<SyncTotals>().Snapshot();
        var asOf = DataAge.AsOf(states);
        return TypedResults.Ok(new SyncStatus(
            services.GetRequiredService<AutotaskStatus>().HealthName,
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
            states.Select(s => EntityStatus.From(s, now, services.GetRequiredService<SyncCalendar>().HistoryStart, totals.GetValueOrDefault(s.Entity))).ToList()));
    }

    static Results<Accepted<SyncStarted>, ProblemHttpResult> Start(SyncStartRequest? body, HttpContext context)
    {
        var services = context.RequestServices;
        var entities = services.GetRequiredService<SyncEntities>().Names;
        var entity = body?.Entity;
        if (entity is not null && !entities.Contains(entity, StringComparer.OrdinalIgnoreCase))
        {
            throw ProblemException.BadRequest($"entity '{entity}' is not synced; use one of {string.Join(", ", entities)}, or leave it out for all.");
        }

        if (services.GetRequiredService<AutotaskStatus>().Mode == AutotaskMode.NotConfigured)
        {
            return TypedResults.Problem("No Autotask tenant is configured (AUTOTASK_USERNAME), so there is nothing to sync.",
                statusCode: StatusCodes.Status409Conflict, title: "Sync not available");
        }

        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.ScorecardOptions>>().Value.Sync.Enabled)
        {
            return TypedResults.Problem("The sync is turned off (Scorecard:Sync:Enabled=false).", statusCode: StatusCodes.Status409Conflict,
                title: "Sync not available");
        }

        var request = new SyncRequest(entities.FirstOrDefault(e => string.Equals(e, entity, StringComparison.OrdinalIgnoreCase)), body?.Full ?? false);
        services.GetRequiredService<SyncTrigger>().Request(request);
        return TypedResults.Accepted(Route, new SyncStarted(request.Entity, request.Full, Route));
    }
}

/// <summary>The optional body of <c>POST /api/v1/sync</c>.</summary>
public sealed record SyncStartRequest(string? Entity, bool? Full);

public sealed record SyncStarted(string? Entity, bool Full, string Watch);
