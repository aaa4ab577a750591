using Autotask.Simulator.Changes;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Http;

/// <summary>
/// The writes a scorecard-side integration may make (autotask-api.md §2): create and PATCH tickets, notes
/// through <c>Tickets/{id}/Notes</c>, and time entries (which have no parent). Changes appear as made by the
/// <c>ImpersonationResourceId</c> resource, or by the API user. They fire webhooks like any other change.
/// </summary>
static class WriteEndpoints
{
    public static void MapWrites(this RouteGroupBuilder v1)
    {
        v1.MapPost("/Tickets", (HttpContext ctx, SimulatorState s) => Write(ctx, body =>
            Task.FromResult(s.Changes.CreateTicket(RecordWrites.NewTicket(body), Person(ctx, s)).Id)));
        v1.MapPatch("/Tickets", (HttpContext ctx, SimulatorState s) => Write(ctx, body =>
        {
            var id = body.Long("id") ?? throw new QueryException("id is required.");
            return Task.FromResult(s.Changes.UpdateTicket(id, t => RecordWrites.Apply(t, body), Person(ctx, s))
                ? id
                : throw new QueryException($"No matching records found for Ticket {id}."));
        }));
        v1.MapPost("/Tickets/{id:long}/Notes", (HttpContext ctx, long id, SimulatorState s) => Write(ctx, body =>
        {
            if (s.Tenant.Tickets.Find(id) is null)
            {
                throw new QueryException($"No matching records found for Ticket {id}.");
            }

            return Task.FromResult(s.Changes.AddNote(RecordWrites.NewNote(body, id, Person(ctx, s))).Id);
        }));
        v1.MapPost("/TimeEntries", (HttpContext ctx, SimulatorState s) => Write(ctx, body =>
            Task.FromResult(s.Changes.AddTimeEntry(RecordWrites.NewTimeEntry(body)).Id)));
        v1.MapPatch("/TimeEntries", (HttpContext ctx, SimulatorState s) => Write(ctx, body =>
        {
            var id = body.Long("id") ?? throw new QueryException("id is required.");
            return Task.FromResult(s.Changes.UpdateTimeEntry(id, e => RecordWrites.Apply(e, body), Person(ctx, s))
                ? id
                : throw new QueryException($"No matching records found for TimeEntry {id}."));
        }));
        v1.MapDelete("/TimeEntries/{id:long}", (HttpContext ctx, long id, SimulatorState s) => JsonResponses.Guard(ctx, () =>
            s.Changes.DeleteTimeEntry(id, Person(ctx, s))
                ? WebhookEndpoints.ItemId(ctx, id)
                : throw new QueryException("No matching records found. The delete failed.")));
    }

    static Task Write(HttpContext ctx, Func<JsonBody, Task<long>> write) => JsonResponses.Guard(ctx, async () =>
    {
        var body = await JsonBody.ReadAsync(ctx.Request);
        await WebhookEndpoints.ItemId(ctx, await write(body));
    });

    /// <summary>The resource a change is made as: the impersonated one, or the API user.</summary>
    static int Person(HttpContext ctx, SimulatorState s) =>
        int.TryParse(ctx.Request.Headers["ImpersonationResourceId"], out var impersonated)
            ? impersonated
            : s.Tenant.ApiUserId;
}
