using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Scorecard.Server.Auth;

namespace Scorecard.Server.Features.Auth;

/// <summary><c>GET /api/v1/auth/me</c>: who is calling, with what role, and the antiforgery token a page sends with its writes.</summary>
static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/auth/me", Me).WithTags("Auth").WithName("GetMe")
            .WithSummary("The caller: name, role, how they signed in, and the antiforgery token for cookie-authenticated writes.");

    static MeResponse Me(HttpContext ctx, IAntiforgery antiforgery)
    {
        var user = ctx.User;
        var apiKey = user.IsApiKey();
        var token = apiKey ? null : antiforgery.GetAndStoreTokens(ctx).RequestToken;
        return new MeResponse(user.Identity?.Name ?? "", Roles.All.LastOrDefault(user.IsInRole), apiKey ? "api_key" : "cookie",
            CookieAntiforgery.HeaderName, token);
    }
}

public sealed record MeResponse(string Name, string? Role, string Method, string AntiforgeryHeader, string? AntiforgeryToken);
