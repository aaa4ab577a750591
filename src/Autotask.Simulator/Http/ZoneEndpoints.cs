using System.Net;

namespace Autotask.Simulator.Http;

/// <summary>Zone and version discovery: no auth, and the zone is always this simulator (autotask-api.md §1.3).</summary>
static class ZoneEndpoints
{
    public static void MapZoneDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ATServicesRest/VersionInformation", (HttpContext ctx) =>
            JsonResponses.Ok(ctx, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("apiVersions");
                w.WriteStringValue("1.0");
                w.WriteEndArray();
                w.WriteEndObject();
            }));

        app.MapGet("/ATServicesRest/V1.0/zoneInformation", (HttpContext ctx, SimulatorState state, string? user) =>
        {
            if (string.IsNullOrWhiteSpace(user) || !string.Equals(user, state.Options.UserName, StringComparison.OrdinalIgnoreCase))
            {
                return JsonResponses.Errors(ctx, HttpStatusCode.InternalServerError, "Zone information could not be determined for this user.");
            }

            var self = SelfUrl.Base(ctx);
            return JsonResponses.Ok(ctx, w =>
            {
                w.WriteStartObject();
                w.WriteString("zoneName", "Simulator Zone");
                w.WriteString("url", self + "/ATServicesRest/");
                w.WriteString("webUrl", self + "/");
                w.WriteNumber("ci", 424242);
                w.WriteEndObject();
            });
        });
    }
}

static class SelfUrl
{
    /// <summary>This simulator's base URL as the caller reached it, so zone and page URLs point back here.</summary>
    public static string Base(HttpContext ctx) => $"{ctx.Request.Scheme}://{ctx.Request.Host}{ctx.Request.PathBase}";
}
