using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Scorecard.Server.Auth;
using Scorecard.Server.Dashboard.Live;
using Scorecard.Server.Features.ScorecardDefinitions;

namespace Scorecard.Server.Dashboard.Pages;

/// <summary>
/// The scorecard page's whole response, kept for one viewer for a few seconds (ASP.NET Core's output cache with
/// this policy). The content is already shared by all viewers (<see cref="ScorecardPageMarkup"/>), but the layout
/// around it names the viewer and holds their antiforgery token, and rendering that per view through Blazor cost
/// about three times a plain request: a wallboard, a team refreshing on Monday morning or a script polling made
/// the server render the same bytes again and again.
/// <para>
/// A response is kept and served only for the same viewer (name, how they signed in, roles, and for a sign-in
/// cookie the antiforgery cookie its form token pairs with), the same address and <c>Accept</c> (Blazor's enhanced
/// navigation asks with its own), the same data version, freshness and scorecards' stamp, and at most
/// <see cref="Lifetime"/>: a sync, an edit or a failing sync shows at once. A page whose numbers are from the data
/// version read here (<see cref="ContentRendered"/>) is kept for <see cref="Lifetime"/>; one showing the previous
/// reports while new ones compute (it names their data version) for <see cref="WhileComputing"/>. Sign-in
/// (authorization) runs before the cache, so a hit never skips it.
/// </para>
/// </summary>
public sealed class ViewerPageCache : IOutputCachePolicy
{
    public const string PolicyName = "viewer-page";

    /// <summary>
    /// How long a view is kept at most: "synced 2 min ago" in the header is rendered on the server (live.js moves
    /// it on), and today's date decides the week in progress.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    /// <summary>How long a page showing the previous reports (new ones still computing) is kept.</summary>
    public static readonly TimeSpan WhileComputing = TimeSpan.FromSeconds(1);

    static readonly object RequestVersionKey = new();
    static readonly object ContentVersionKey = new();

    /// <summary>Called by the page, before it writes anything, with the oldest data version its numbers come from.</summary>
    public static void ContentRendered(HttpContext? context, long dataVersion)
    {
        if (context is null)
        {
            return;
        }

        context.Items[ContentVersionKey] = dataVersion;
        // The previous reports, shown while new ones compute (their data version is on the page): kept only briefly,
        // so the viewers arriving meanwhile do not each wait for the same recomputation. Set here, not when the
        // response is served: the output cache fixes an entry's lifetime as soon as the body starts.
        if (context.Items.TryGetValue(RequestVersionKey, out var request) && request is long requestVersion && dataVersion < requestVersion
            && context.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.ResponseExpirationTimeSpan = WhileComputing;
        }
    }

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || Viewer(http) is not { } viewer)
        {
            return; // nothing kept or looked up: rendered as always
        }

        if (http.User.IsApiKey())
        {
            // Blazor sets an antiforgery cookie on every page it renders for a client without one; a script or
            // wallboard with an API key has no form and needs none (its writes are exempt), so it is not sent.
            var cookieName = AntiforgeryCookieName(http);
            http.Response.OnStarting(() =>
            {
                DropCookie(http.Response.Headers, cookieName);
                return Task.CompletedTask;
            });
        }

        var services = http.RequestServices;
        var stampRead = services.GetRequiredService<ScorecardStore>().StampAsync(cancellation);
        var freshness = await services.GetRequiredService<FreshnessReader>().ReadAsync(cancellation);
        var stamp = await stampRead;
        http.Items[RequestVersionKey] = freshness.DataVersion;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true; // views arriving together after a change wait for one rendering
        context.ResponseExpirationTimeSpan = Lifetime;
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.HeaderNames = "Accept";
        vary.VaryByValues["viewer"] = viewer;
        vary.VaryByValues["data"] = freshness.DataVersion.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["freshness"] = Hash(string.Create(CultureInfo.InvariantCulture,
            $"{freshness.SyncedUtc?.Ticks}|{freshness.Failing}|{freshness.Problem}|{freshness.NotConfigured}"));
        vary.VaryByValues["scorecards"] = stamp;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // Only a page that said what its numbers are (ContentRendered). A response that sets a cookie (a new antiforgery
        // cookie, a renewed sign-in) belongs to that response alone.
        if (!http.Items.ContainsKey(ContentVersionKey) || http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Who the page is rendered for, hashed; null when it must not be kept: nobody signed in, or a cookie user whose
    /// browser has no antiforgery cookie yet (the response sets one, and the form token pairs with it).
    /// </summary>
    static string? Viewer(HttpContext http)
    {
        var user = http.User;
        if (user.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return null;
        }

        var roles = string.Join(',', user.FindAll(identity.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal));
        var who = $"{identity.AuthenticationType}|{identity.Name}|{user.IsApiKey()}|{roles}";
        if (!user.IsApiKey())
        {
            if (AntiforgeryCookieName(http) is not { } cookieName || http.Request.Cookies[cookieName] is not { Length: > 0 } antiforgeryCookie)
            {
                return null;
            }

            who += "|" + antiforgeryCookie;
        }

        return Hash(who);
    }

    static string? AntiforgeryCookieName(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;

    static void DropCookie(IHeaderDictionary headers, string? name)
    {
        var kept = headers.SetCookie.Where(c => name is null || c is null || !c.StartsWith(name + "=", StringComparison.Ordinal)).ToArray();
        if (kept.Length != headers.SetCookie.Count)
        {
            headers.SetCookie = kept;
        }
    }

    static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
