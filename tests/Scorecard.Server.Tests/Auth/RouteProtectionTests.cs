using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>Every route the server maps, called without credentials: only the listed ones may answer.</summary>
public sealed partial class RouteProtectionTests : IAsyncLifetime
{
    /// <summary>The only routes open to anyone (design.md §6): health, the signed webhook receiver, and signing in.</summary>
    static readonly HashSet<string> Anonymous =
    [
        "/api/health", "/api/autotask/webhooks/tickets", "/api/autotask/webhooks/tickets/deactivated", "/signin", "/signin/denied", "/setup", "/signin/oidc", "/signin/oidc/complete",
        // A wall TV swaps the viewer key of its link for a cookie (the page reads the key from the fragment; the post checks it).
        "/wallboard/connect", "/wallboard/session",
    ];

    readonly ScorecardApp app = AccountsApp.Create(new Dictionary<string, string?>
    {
        // With OpenID Connect configured, so its routes are mapped and checked too.
        ["Scorecard:Auth:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
        ["Scorecard:Auth:OpenIdConnect:ClientId"] = "fake-client-id",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Every_route_but_the_open_ones_refuses_a_caller_without_credentials()
    {
        using var http = app.CreateAnonymousClient();
        var routes = Routes();
        Assert.Contains(routes, r => r.Pattern == "/api/autotask/tickets");
        Assert.Contains(routes, r => r.Pattern == "/scorecard");
        Assert.Contains(routes, r => r.Pattern == "/api/v1/auth/me");

        var protectedRoutes = routes.Where(r => !IsOpen(r.Pattern)).ToList();
        Assert.True(protectedRoutes.Count >= 6, $"only {protectedRoutes.Count} protected routes found");
        foreach (var route in protectedRoutes)
        {
            Assert.False(route.AllowsAnonymous, $"{route.Method} {route.Pattern} is marked AllowAnonymous but is not on the list");
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), Concrete(route.Pattern));
            var isApi = route.Pattern.StartsWith("/api", StringComparison.Ordinal) || route.Pattern.StartsWith("/openapi", StringComparison.Ordinal);
            request.Headers.Accept.ParseAdd(isApi ? "application/json" : "text/html");
            if (route.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            if (isApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route.Method} {route.Pattern} answered {(int)response.StatusCode} without credentials");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/signin", StringComparison.Ordinal),
                    $"{route.Method} {route.Pattern} answered {(int)response.StatusCode} without credentials, not a redirect to sign-in");
            }
        }
    }

    [Fact]
    public void The_open_routes_are_marked_anonymous()
    {
        var open = Routes().Where(r => IsOpen(r.Pattern)).ToList();
        Assert.Contains(open, r => r.Pattern == "/api/health");
        Assert.Contains(open, r => r.Pattern == "/signin");
        Assert.All(open, r => Assert.True(r.AllowsAnonymous, $"{r.Method} {r.Pattern}"));
    }

    [Fact]
    public async Task An_api_call_without_credentials_is_a_401_problem()
    {
        using var http = app.CreateAnonymousClient();
        using var response = await http.GetAsync("/api/autotask/tickets?start_date=2026-11-01&end_date=2026-11-02", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>On the list, or a static file the API reference page loads (its script and icon; no data).</summary>
    static bool IsOpen(string pattern) => Anonymous.Contains(pattern) || IsScalarAsset(pattern) || IsStaticAsset(pattern);

    List<(string Pattern, string Method, bool AllowsAnonymous)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), m, e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .Where(r => r.m != "OPTIONS")
            .Select(r => (r.Item1 == "/" ? "/" : r.Item1.TrimEnd('/'), r.m, r.Item3))
            .Distinct()
            .ToList();

    /// <summary>A path for the pattern, with a plausible value for each parameter.</summary>
    static string Concrete(string pattern) => Parameter().Replace(pattern, "1");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>The dashboard's own files and its packages' (scripts, styles, fonts): code, no data.</summary>
    static bool IsStaticAsset(string pattern) =>
        Path.HasExtension(pattern) && !pattern.Contains('{', StringComparison.Ordinal)
        && (pattern.StartsWith("/_content/", StringComparison.Ordinal) || pattern.StartsWith("/_framework/", StringComparison.Ordinal)
            || pattern.StartsWith("/css/", StringComparison.Ordinal) || pattern.StartsWith("/js/", StringComparison.Ordinal) || pattern == "/favicon.svg"
            || pattern.StartsWith("/favicon.", StringComparison.Ordinal));

    /// <summary>Scalar serves its own scripts and icons to anyone: library files, no data (the reference page and the document stay protected).</summary>
    static bool IsScalarAsset(string pattern) =>
        pattern.StartsWith("/scalar/", StringComparison.Ordinal) && Path.HasExtension(pattern) && !pattern.Contains('{', StringComparison.Ordinal);
}
