using Autotask.Simulator.Query;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Webhooks;

namespace Autotask.Simulator.Http;

/// <summary>
/// Creating, changing and deleting ticket webhooks and their Fields and ExcludedResources children
/// (autotask-api.md §7.1). Queries and get-by-id go through the ordinary entity endpoints.
/// </summary>
static class WebhookEndpoints
{
    public static void MapWebhooks(this RouteGroupBuilder v1)
    {
        v1.MapPost("/TicketWebhooks", (HttpContext ctx, SimulatorState s) => JsonResponses.Guard(ctx, async () =>
        {
            var body = await JsonBody.ReadAsync(ctx.Request);
            var t = s.Tenant;
            var hook = new SimWebhook
            {
                OwnerResourceId = t.ApiUserId,
            };
            Apply(hook, body, creating: true);
            t.TicketWebhooks.Mutate(rows =>
            {
                hook.Id = rows.Count == 0 ? 1 : rows[^1].Id + 1;
                hook.WebhookGuid = GuidFor(s.Options.Seed, hook.Id);
                rows.Add(hook);
                return 0;
            });
            await ItemId(ctx, hook.Id);
        }));
        v1.MapMethods("/TicketWebhooks", ["PATCH", "PUT"], (HttpContext ctx, SimulatorState s) => JsonResponses.Guard(ctx, async () =>
        {
            var body = await JsonBody.ReadAsync(ctx.Request);
            var id = body.Long("id") ?? throw new QueryException("id is required.");
            var hook = s.Tenant.TicketWebhooks.Find(id) ?? throw new QueryException($"No matching records found for TicketWebhook {id}.");
            s.Tenant.TicketWebhooks.Mutate(_ =>
            {
                Apply(hook, body, creating: false);
                return 0;
            });
            await ItemId(ctx, id);
        }));
        v1.MapDelete("/TicketWebhooks/{id:long}", (HttpContext ctx, long id, SimulatorState s) => JsonResponses.Guard(ctx, async () =>
        {
            var t = s.Tenant;
            var hook = t.TicketWebhooks.Find(id) ?? throw new QueryException($"No matching records found for TicketWebhook {id}.");
            t.TicketWebhooks.Remove(id);
            t.TicketWebhookFields.Mutate(rows => rows.RemoveAll(f => f.WebhookId == id));
            t.TicketWebhookExcludedResources.Mutate(rows => rows.RemoveAll(x => x.WebhookId == id));
            // Autotask calls the deactivation URL when a webhook is deleted.
            _ = s.Webhooks.NotifyDeactivatedAsync(hook);
            await ItemId(ctx, id);
        }));
        v1.MapGet("/TicketWebhooks/{id:long}/{child}", (HttpContext ctx, long id, string child, SimulatorState s) =>
            JsonResponses.Guard(ctx, () => WebhookChildren.List(ctx, s, id, child)));
        v1.MapPost("/TicketWebhooks/{id:long}/{child}", (HttpContext ctx, long id, string child, SimulatorState s) =>
            JsonResponses.Guard(ctx, () => WebhookChildren.Create(ctx, s, id, child)));
        v1.MapDelete("/TicketWebhooks/{id:long}/{child}/{childId:long}", (HttpContext ctx, long id, string child, long childId, SimulatorState s) =>
            JsonResponses.Guard(ctx, () => WebhookChildren.Delete(ctx, s, id, child, childId)));
    }

    public static Task ItemId(HttpContext ctx, long id) => JsonResponses.Ok(ctx, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("itemId", id);
        w.WriteEndObject();
    });

    static void Apply(SimWebhook hook, JsonBody body, bool creating)
    {
        hook.Name = creating ? body.RequiredString("name") : body.String("name") ?? hook.Name;
        hook.WebhookUrl = creating ? body.RequiredString("webhookUrl") : body.String("webhookUrl") ?? hook.WebhookUrl;
        hook.DeactivationUrl = creating ? body.RequiredString("deactivationUrl") : body.String("deactivationUrl") ?? hook.DeactivationUrl;
        hook.SecretKey = body.Has("secretKey") ? body.String("secretKey") : hook.SecretKey;
        hook.IsActive = body.Bool("isActive") ?? hook.IsActive;
        hook.IsSubscribedToCreateEvents = body.Bool("isSubscribedToCreateEvents") ?? hook.IsSubscribedToCreateEvents;
        hook.IsSubscribedToUpdateEvents = body.Bool("isSubscribedToUpdateEvents") ?? hook.IsSubscribedToUpdateEvents;
        hook.IsSubscribedToDeleteEvents = body.Bool("isSubscribedToDeleteEvents") ?? hook.IsSubscribedToDeleteEvents;
        hook.NotificationEmailAddress = body.String("notificationEmailAddress") ?? hook.NotificationEmailAddress;
        hook.SendThresholdExceededNotification = body.Bool("sendThresholdExceededNotification") ?? hook.SendThresholdExceededNotification;
        if (hook.IsActive)
        {
            hook.ConsecutiveFailures = 0;
        }
    }

    /// <summary>A stable GUID per seed and webhook, so runs repeat.</summary>
    static string GuidFor(int seed, long id)
    {
        var bytes = new byte[16];
        new Random(HashCode.Combine(seed, id)).NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
