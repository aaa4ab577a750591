using Autotask.Simulator.Query;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Webhooks;

namespace Autotask.Simulator.Http;

/// <summary><c>TicketWebhooks/{id}/Fields</c> and <c>TicketWebhooks/{id}/ExcludedResources</c>.</summary>
static class WebhookChildren
{
    public static Task List(HttpContext ctx, SimulatorState s, long id, string child)
    {
        var table = Table(s.Tenant, child);
        var request = QueryRequest.Parse($$"""{"filter":[{"op":"eq","field":"webhookID","value":{{id}}}]}""", s.Options.Behaviour);
        return JsonResponses.Ok(ctx, w => table.WritePage(w, request, long.MinValue, _ => ""));
    }

    public static async Task Create(HttpContext ctx, SimulatorState s, long id, string child)
    {
        var t = s.Tenant;
        _ = Table(t, child);
        if (t.TicketWebhooks.Find(id) is null)
        {
            throw new QueryException($"No matching records found for TicketWebhook {id}.");
        }

        var body = await JsonBody.ReadAsync(ctx.Request);
        long newId;
        if (IsFields(child))
        {
            var fieldId = body.Int("fieldID") ?? throw new QueryException("fieldID is required.");
            if (t.Picklists.Label(WebhookSchemas.FieldIdPicklist, fieldId) is null)
            {
                throw new QueryException($"fieldID {fieldId} is not a ticket field that supports webhooks.");
            }

            newId = t.TicketWebhookFields.Mutate(rows =>
            {
                var f = new SimWebhookField
                {
                    Id = rows.Count == 0 ? 1 : rows[^1].Id + 1, WebhookId = id, FieldId = fieldId,
                    IsSubscribedField = body.Bool("isSubscribedField") ?? false, IsDisplayAlwaysField = body.Bool("isDisplayAlwaysField") ?? false,
                };
                rows.Add(f);
                return f.Id;
            });
        }
        else
        {
            var resource = body.Int("resourceID") ?? throw new QueryException("resourceID is required.");
            newId = t.TicketWebhookExcludedResources.Mutate(rows =>
            {
                var x = new SimWebhookExcludedResource { Id = rows.Count == 0 ? 1 : rows[^1].Id + 1, WebhookId = id, ResourceId = resource };
                rows.Add(x);
                return x.Id;
            });
        }

        await WebhookEndpoints.ItemId(ctx, newId);
    }

    public static Task Delete(HttpContext ctx, SimulatorState s, long id, string child, long childId)
    {
        var t = s.Tenant;
        _ = Table(t, child);
        var removed = IsFields(child)
            ? t.TicketWebhookFields.Mutate(rows => rows.RemoveAll(f => f.Id == childId && f.WebhookId == id))
            : t.TicketWebhookExcludedResources.Mutate(rows => rows.RemoveAll(x => x.Id == childId && x.WebhookId == id));
        return removed == 0
            ? throw new QueryException($"No matching records found for {child} {childId}.")
            : WebhookEndpoints.ItemId(ctx, childId);
    }

    static bool IsFields(string child) => string.Equals(child, "Fields", StringComparison.OrdinalIgnoreCase);

    static IEntityTable Table(TenantData t, string child) =>
        IsFields(child) ? t.TicketWebhookFields
        : string.Equals(child, "ExcludedResources", StringComparison.OrdinalIgnoreCase) ? t.TicketWebhookExcludedResources
        : throw new QueryException($"TicketWebhooks has no child collection '{child}'.", System.Net.HttpStatusCode.NotFound);
}
