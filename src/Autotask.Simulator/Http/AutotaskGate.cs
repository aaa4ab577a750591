using System.Net;

namespace Autotask.Simulator.Http;

/// <summary>
/// Stands in front of every <c>/ATServicesRest/V1.0/</c> call but zone discovery: checks the three
/// auth headers (names match ignoring case, as HTTP headers do) and counts the request.
/// </summary>
sealed class AutotaskGate(RequestDelegate next, SimulatorState state)
{
    const string ApiRoot = "/ATServicesRest/V1.0/";

    public async Task InvokeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (!path.StartsWith(ApiRoot, StringComparison.OrdinalIgnoreCase) || IsZoneDiscovery(path))
        {
            await next(ctx);
            return;
        }

        var entity = path[ApiRoot.Length..].Split('/')[0];
        try
        {
            if (!Authenticated(ctx.Request.Headers))
            {
                await JsonResponses.Errors(ctx, HttpStatusCode.Unauthorized,
                    "Authentication failed: check the UserName, Secret and ApiIntegrationCode headers.");
                return;
            }

            if (!state.Budget.TryConsume(out var retryAfter))
            {
                if (state.Options.Behaviour.SendRetryAfter)
                {
                    ctx.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await JsonResponses.Errors(ctx, HttpStatusCode.TooManyRequests,
                    $"The request threshold of {state.Budget.Threshold} requests per hour has been exceeded.");
                return;
            }

            await next(ctx);
        }
        finally
        {
            state.Requests.Record(entity, ctx.Request.Method, ctx.Response.StatusCode);
        }
    }

    static bool IsZoneDiscovery(string path) =>
        path.EndsWith("/zoneInformation", StringComparison.OrdinalIgnoreCase);

    bool Authenticated(IHeaderDictionary headers)
    {
        var o = state.Options;
        return string.Equals(headers["UserName"], o.UserName, StringComparison.OrdinalIgnoreCase)
            && string.Equals(headers["Secret"], o.Secret, StringComparison.Ordinal)
            && string.Equals(headers["ApiIntegrationCode"], o.IntegrationCode, StringComparison.Ordinal);
    }
}
