using Autotask.Simulator.Changes;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Http;

/// <summary>
/// The control API's clock, live-mode and record changes, for tests and demos in another process. Record
/// changes take Autotask field names (<c>{"status":5}</c>) and behave like changes made in Autotask: stamps
/// move and webhooks fire. <c>?personId=</c> says who made them (default: the API user).
/// </summary>
static class ControlMutations
{
    public static void MapMutations(this RouteGroupBuilder control)
    {
        control.MapGet("/clock", (SimulatorState s) => Results.Ok(Clock(s)));
        control.MapPost("/clock/advance", (SimulatorState s, double? minutes, double? hours) =>
        {
            var by = TimeSpan.FromMinutes(minutes ?? 0) + TimeSpan.FromHours(hours ?? 0);
            return s.TryAdvanceClock(by)
                ? Results.Ok(Clock(s))
                : Results.Problem("This simulator runs on a clock supplied by its host; advance that clock instead.", statusCode: 409);
        });
        control.MapPost("/live", (SimulatorState s, double speed) =>
        {
            s.Live.CatchUp(); // play what is due at the old speed first
            s.Options.LiveSpeed = Math.Max(0, speed);
            return Results.Ok(Clock(s));
        });
        control.MapPost("/tickets", (HttpContext ctx, SimulatorState s, int? personId) => Change(ctx, s, body =>
            s.Changes.CreateTicket(RecordWrites.NewTicket(body), personId ?? s.Tenant.ApiUserId).Id));
        control.MapPatch("/tickets/{id:long}", (HttpContext ctx, long id, SimulatorState s, int? personId) => Change(ctx, s, body =>
            s.Changes.UpdateTicket(id, t => RecordWrites.Apply(t, body), personId ?? s.Tenant.ApiUserId) ? id : NotFound("Ticket", id)));
        control.MapDelete("/tickets/{id:long}", (SimulatorState s, long id, int? personId) =>
            s.Changes.DeleteTicket(id, personId ?? s.Tenant.ApiUserId) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/tickets/{id:long}/notes", (HttpContext ctx, long id, SimulatorState s, int? personId) => Change(ctx, s, body =>
            s.Tenant.Tickets.Find(id) is null ? NotFound("Ticket", id) : s.Changes.AddNote(RecordWrites.NewNote(body, id, personId ?? s.Tenant.ApiUserId)).Id));
        control.MapPost("/timeEntries", (HttpContext ctx, SimulatorState s) => Change(ctx, s, body =>
            s.Changes.AddTimeEntry(RecordWrites.NewTimeEntry(body)).Id));
        control.MapPatch("/timeEntries/{id:long}", (HttpContext ctx, long id, SimulatorState s, int? personId) => Change(ctx, s, body =>
            s.Changes.UpdateTimeEntry(id, e => RecordWrites.Apply(e, body), personId ?? s.Tenant.ApiUserId) ? id : NotFound("TimeEntry", id)));
        control.MapDelete("/timeEntries/{id:long}", (SimulatorState s, long id, int? personId) =>
            s.Changes.DeleteTimeEntry(id, personId ?? s.Tenant.ApiUserId) ? Results.NoContent() : Results.NotFound());
    }

    static object Clock(SimulatorState s) => new
    {
        now = Schema.WireFormat.DateTime(s.Clock.GetUtcNow().UtcDateTime),
        liveSpeed = s.Options.LiveSpeed,
        liveChanges = s.Live.Changes,
    };

    static async Task<IResult> Change(HttpContext ctx, SimulatorState s, Func<JsonBody, long> change)
    {
        try
        {
            var body = await JsonBody.ReadAsync(ctx.Request);
            return Results.Ok(new { id = change(body) });
        }
        catch (QueryException ex)
        {
            return Results.Problem(ex.Message, statusCode: ex.Message.StartsWith("No matching", StringComparison.Ordinal) ? 404 : 400);
        }
    }

    static long NotFound(string entity, long id) => throw new QueryException($"No matching records found for {entity} {id}.");

    static int ApiUser(SimulatorState s) => (int)(s.Tenant.Resources.Snapshot().FirstOrDefault(r => r.ResourceType == "API")?.Id ?? 0);
}
