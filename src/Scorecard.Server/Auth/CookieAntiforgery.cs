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

    static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
