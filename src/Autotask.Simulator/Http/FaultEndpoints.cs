using Autotask.Simulator.Faults;

namespace Autotask.Simulator.Http;

/// <summary>The fault-injection part of the control API: <c>/_simulator/faults</c>.</summary>
static class FaultEndpoints
{
    public static void MapFaults(this RouteGroupBuilder control)
    {
        control.MapGet("/faults", (SimulatorState s) => Results.Ok(Describe(s.Faults)));
        control.MapPost("/faults", (FaultRequest request, SimulatorState s) =>
            Checked(() => Results.Ok(Describe(s.Faults.Add(request.ToRule())))));
        control.MapPost("/faults/random", (RandomFaultRequest request, SimulatorState s) => Checked(() =>
        {
            s.Faults.Randomize(request.Seed, request.Probability, request.Faults.Select(f => f.ToAction()).ToList(), request.Entity);
            return Results.Ok(Describe(s.Faults));
        }));
        control.MapDelete("/faults", (SimulatorState s) =>
        {
            s.Faults.Clear();
            return Results.NoContent();
        });
        control.MapDelete("/faults/{id:int}", (int id, SimulatorState s) =>
            s.Faults.Remove(id) ? Results.NoContent() : Results.NotFound());
    }

    static IResult Checked(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(ex.Message, statusCode: 400);
        }
    }

    static object Describe(FaultInjector faults) => new
    {
        rules = faults.Rules.Select(Describe),
        random = faults.Random is { } r
            ? new { seed = r.Seed, probability = r.Probability, entity = r.Entity, faults = r.Actions.Select(Describe) }
            : null,
    };

    static object Describe(FaultRule r) => new
    {
        id = r.Id,
        entity = r.Entity,
        method = r.Method,
        queriesOnly = r.QueriesOnly,
        skip = r.Skip,
        count = r.Count,
        seen = r.Seen,
        hits = r.Hits,
        spent = r.IsSpent,
        fault = Describe(r.Action),
    };

    static object Describe(FaultAction a) => new
    {
        kind = a.Kind.ToString(),
        status = a.Kind == FaultKind.Status ? a.Status : (int?)null,
        retryAfterSeconds = a.RetryAfter?.TotalSeconds,
        delayMs = a.Kind == FaultKind.Delay ? a.Delay.TotalMilliseconds : (double?)null,
        wallClock = a.WallClock,
        message = a.Message,
    };
}
