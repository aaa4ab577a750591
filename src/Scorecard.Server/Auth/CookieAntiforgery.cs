using Microsoft.AspNetCore.Antiforgery;
using Scorecard.Server.Api;

namespace Scorecard.Server.Auth;

/// <summary>
/// Every write made with the sign-in cookie must carry an antiforgery token (header
/// <see cref="HeaderName"/> or a form field), since a browser sends the cookie to any site's
/// request. Writes with an API key are exempt: a bearer key is never sent by the browser on its own.
/// </summary>
static class CookieAntiforgery
{
    public const string HeaderName = "X-XSRF-TOKEN";

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        // Blazor Server's connection (/_blazor) is no form: its posts carry no token. Cross-site use of it is refused by origin instead.
        if (ctx.Request.Path.StartsWithSegments(BlazorHubPath))
        {
            if (ctx.Request.Headers.Origin is [{ } origin] && !SameOrigin(origin, ctx.Request))
            {
                throw new ProblemException(StatusCodes.Status403Forbidden, "Cross-site connection refused",
                    "The dashboard's live connection is only accepted from its own pages.");
            }

            await next(ctx);
            return;
        }

        if (IsWrite(ctx.Request.Method) && ctx.User.Identity?.IsAuthenticated == true && !ctx.User.IsApiKey())
        {
            var antiforgery = ctx.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(ctx))
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "Antiforgery token missing or invalid",
                    $"A write made with the sign-in cookie needs the antiforgery token in the {HeaderName} header; GET /api/v1/auth/me returns it.");
            }
        }

        await next(ctx);
    });

    const string BlazorHubPath = "/_blazor";

    static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var o) && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(o.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);

    static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
