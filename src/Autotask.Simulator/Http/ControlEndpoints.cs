namespace Autotask.Simulator.Http;

/// <summary>
/// The simulator's own control API, outside Autotask's paths, for tests and benchmarks:
/// reset the tenant, read what was asked of it, inject faults.
/// </summary>
static class ControlEndpoints
{
    public static void MapSimulatorControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_simulator");
        control.MapGet("/requests", (SimulatorState s) => Results.Ok(new
        {
            total = s.Requests.Total,
            thresholdCount = s.Budget.CurrentCount,
            byEntity = s.Requests.Snapshot(),
            concurrency = s.Requests.InFlight.Snapshot(),
        }));
        control.MapDelete("/requests", (SimulatorState s) =>
        {
            s.Requests.Clear();
            return Results.NoContent();
        });
        control.MapFaults();
        control.MapMutations();
        control.MapPost("/reset", (SimulatorState s, int? seed) =>
        {
            s.Reset(seed);
            return Results.Ok(new { seed = s.Options.Seed, tickets = s.Tenant.Tickets.RowCount, timeEntries = s.Tenant.TimeEntries.RowCount });
        });
        control.MapGet("/tenant", (SimulatorState s) => Results.Ok(new
        {
            seed = s.Options.Seed,
            scale = s.Options.Scale.ToString().ToLowerInvariant(),
            timeZone = s.Options.TimeZone,
            tables = s.Tenant.Tables.Values.ToDictionary(t => t.PathName, t => t.RowCount),
        }));
    }
}
