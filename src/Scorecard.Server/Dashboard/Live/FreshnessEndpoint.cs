using System.Globalization;

namespace Scorecard.Server.Dashboard.Live;

/// <summary>
/// <c>GET /dashboard/freshness</c>: what the freshness line says, for the page's script. A failed sync
/// changes no data (so no data-changed event); the script asks here on each heartbeat and refreshes the
/// page when the answer differs from what the page shows.
/// </summary>
static class FreshnessEndpoint
{
    public static void MapFreshness(this IEndpointRouteBuilder app) =>
        app.MapGet("/dashboard/freshness", async (FreshnessReader reader, CancellationToken ct) =>
        {
            var f = await reader.ReadAsync(ct);
            return TypedResults.Ok(new FreshnessBody(f.SyncedUtc?.ToString("O", CultureInfo.InvariantCulture), f.Failing, f.DataVersion));
        }).ExcludeFromDescription();
}

public sealed record FreshnessBody(string? SyncedUtc, bool Failing, long DataVersion);
