using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Scorecard.Server.Api;
using Scorecard.Server.Auth;
using Scorecard.Server.Auth.ApiKeys;

namespace Scorecard.Server.Dashboard.Wallboard;

/// <summary>
/// How a wall TV stays signed in. An admin makes a viewer API key and opens
/// <c>/wallboard/connect#key=…</c> on the TV once: the key travels in the URL fragment, which the browser
/// never sends to a server (so no access log, proxy or Referer sees it); the connect page posts it here,
/// and gets a long-lived cookie of its own in exchange. The cookie stays valid only while the key does:
/// revoking the key signs the TV out on its next request. Only viewer keys can do this, so a TV never
/// holds more than read access.
/// </summary>
static class WallboardAccess
{
    public const string Scheme = "Wallboard";
    public const string CookieName = "scorecard.wallboard";
    public const string KeyIdClaim = "scorecard:api_key_id";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static WebApplicationBuilder AddWallboardAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = Lifetime;
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.AccessDeniedPath = "/signin/denied";
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(Scheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        return builder;
    }

    /// <summary>True when the request carries the wallboard cookie and no sign-in cookie (a person signed in on the TV wins).</summary>
    public static bool Wants(HttpRequest request) =>
        request.Cookies.ContainsKey(CookieName) && !request.Cookies.ContainsKey("scorecard.auth");

    public static void MapWallboardAccess(this IEndpointRouteBuilder app) =>
        app.MapPost("/wallboard/session", Connect).AllowAnonymous().ExcludeFromDescription();

    static async Task<Results<NoContent, ProblemHttpResult>> Connect(WallboardKey? body, HttpContext ctx, ApiKeyStore keys, CancellationToken ct)
    {
        var presented = body?.Key?.Trim();
        if (string.IsNullOrEmpty(presented) || await keys.AuthenticateAsync(presented, ct) is not { } key)
        {
            throw ProblemException.BadRequest("The link's key is unknown or revoked. Ask an admin for a new wallboard link.");
        }

        if (key.Role != Roles.Viewer)
        {
            throw ProblemException.BadRequest($"A wallboard link needs a viewer key; this key has the role '{key.Role}'. Make a viewer key for the TV.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, $"wallboard:{key.Id}"), new Claim(ClaimTypes.Name, $"Wallboard ({key.Name})"),
             new Claim(ClaimTypes.Role, Roles.Viewer), new Claim(KeyIdClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
             // Read-only and proved by a key, like a bearer request: no antiforgery token to fetch first.
             new Claim(AuthClaims.Method, AuthClaims.ApiKeyMethod)],
            Scheme);
        await ctx.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        return TypedResults.NoContent();
    }

    static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var id = ctx.Principal?.FindFirstValue(KeyIdClaim);
        var keys = ctx.HttpContext.RequestServices.GetRequiredService<ApiKeyStore>();
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var keyId)
            || !await keys.IsLiveViewerAsync(keyId, ctx.HttpContext.RequestAborted))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(Scheme);
        }
    }
}

public sealed record WallboardKey(string? Key);
