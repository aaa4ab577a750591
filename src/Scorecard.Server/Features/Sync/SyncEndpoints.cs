using Microsoft.AspNetCore.Http.HttpResults;
using Scorecard.Server.Auth;

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

    static async Task<Ok<SyncStatus>> GetAsync(SyncControl control, CancellationToken ct) => TypedResults.Ok(await control.StatusAsync(ct));

    static Results<Accepted<SyncStarted>, ProblemHttpResult> Start(SyncStartRequest? body, SyncControl control)
    {
        control.Entity(body?.Entity); // an unknown entity is a 400 that names the choices
        if (control.Unavailable is { } why)
        {
            return TypedResults.Problem(why, statusCode: StatusCodes.Status409Conflict, title: "Sync not available");
        }

        var request = control.Request(body?.Entity, body?.Full ?? false);
        return TypedResults.Accepted(Route, new SyncStarted(request.Entity, request.Full, Route));
    }
}

/// <summary>The optional body of <c>POST /api/v1/sync</c>.</summary>
public sealed record SyncStartRequest(string? Entity, bool? Full);

public sealed record SyncStarted(string? Entity, bool Full, string Watch);
