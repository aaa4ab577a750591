using Autotask.Client.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync;
using Scorecard.Server.Sync.Webhooks;

namespace Scorecard.Server.Features.Webhooks;

/// <summary>
/// <c>POST /api/autotask/webhooks/tickets</c>: Autotask's ticket webhook. Anonymous by design, guarded by its
/// signature (HMAC-SHA1 over the raw body with the key only this server and Autotask hold). A verified event
/// is taken once per (webhook, ticket, sequence number) and the ticket queued for a refresh; the answer comes
/// at once, as Autotask allows 10 s. Polling stays the fallback for events that are lost, late or forged.
/// </summary>
static class WebhookEndpoints
{
    const int MaxBody = 256 * 1024;

    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/autotask/webhooks").WithTags("Webhooks").AllowAnonymous();
        group.MapPost("/tickets", ReceiveAsync).WithName("ReceiveTicketWebhook");
        group.MapPost("/tickets/deactivated", Deactivated).WithName("TicketWebhookDeactivated");
    }

    static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> ReceiveAsync(HttpRequest request, WebhookSecrets secrets,
        TicketRefreshQueue refreshes, IDbContextFactory<ScorecardDbContext> databases, TimeProvider clock, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {MaxBody / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var signature = request.Headers[WebhookSignature.HeaderName].ToString();
        var hook = await secrets.CurrentAsync(reread: false, ct);
        if (!Verifies(hook, body, signature))
        {
            hook = await secrets.CurrentAsync(reread: true, ct); // another instance may have registered anew
            if (!Verifies(hook, body, signature))
            {
                await CountAsync(databases, s => s.SetProperty(w => w.Rejected, w => w.Rejected + 1), ct);
                return TypedResults.Problem("The X-Hook-Signature header does not match the body.", statusCode: StatusCodes.Status401Unauthorized,
                    title: "Unauthorized");
            }
        }

        WebhookPayload payload;
        try
        {
            payload = WebhookPayload.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return TypedResults.Problem("The body is not an Autotask webhook payload.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        if (!string.Equals(payload.EntityType, "Ticket", StringComparison.OrdinalIgnoreCase) || payload.Id <= 0)
        {
            return TypedResults.Ok(new WebhookAnswer("ignored"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            db.WebhookEvents.Add(new WebhookEventRow
            {
                WebhookGuid = payload.Guid ?? "", EntityId = payload.Id, SequenceNumber = payload.SequenceNumber, Action = payload.ActionName, ReceivedUtc = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return TypedResults.Ok(new WebhookAnswer("duplicate")); // Autotask delivered it again: taken once already
            }
        }

        refreshes.Enqueue(payload.Id);
        await CountAsync(databases, s => s.SetProperty(w => w.Deliveries, w => w.Deliveries + 1).SetProperty(w => w.LastDeliveryUtc, now), ct);
        return TypedResults.Ok(new WebhookAnswer("accepted"));
    }

    /// <summary>Autotask calls this, unsigned, when it turns the webhook off: not trusted, only a reason to check it now.</summary>
    static Accepted Deactivated(SyncTrigger trigger)
    {
        trigger.Request(new SyncRequest("TicketWebhook"));
        return TypedResults.Accepted("/api/v1/sync");
    }

    static bool Verifies(WebhookStateRow? hook, byte[] body, string signature) =>
        hook?.SecretKey is { Length: > 0 } key && WebhookSignature.Verify(body, signature, key);

    static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    static async Task CountAsync(IDbContextFactory<ScorecardDbContext> databases,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<WebhookStateRow>> set, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await db.WebhookStates.Where(w => w.Id == WebhookStateRow.SingletonId).ExecuteUpdateAsync(set, ct);
    }
}

/// <summary>What the receiver did with a delivery: accepted, duplicate or ignored.</summary>
public sealed record WebhookAnswer(string Outcome);
