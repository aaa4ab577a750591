using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Scorecard.Server.Auth;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>OpenID Connect (Entra ID) as far as it can be tested without the network.</summary>
public sealed class OpenIdConnectTests
{
    const string AdminGroup = "6f1c0e55-0000-4000-8000-00000000ad01";
    const string ViewerGroup = "6f1c0e55-0000-4000-8000-00000000be02";

    static readonly Dictionary<string, string?> Settings = new()
    {
        ["Scorecard:Auth:OpenIdConnect:Authority"] = "https://login.example.test/fake-tenant/v2.0",
        ["Scorecard:Auth:OpenIdConnect:ClientId"] = "fake-client-id",
        ["Scorecard:Auth:OpenIdConnect:ClientSecret"] = "fake-client-secret",
        ["Scorecard:Auth:OpenIdConnect:RoleMap:" + AdminGroup] = "admin",
        ["Scorecard:Auth:OpenIdConnect:RoleMap:" + ViewerGroup] = "viewer",
    };

    [Fact]
    public async Task Settings_bind_from_configuration_and_the_sign_in_page_offers_the_provider()
    {
        await using var app = AccountsApp.Create(Settings);
        var oidc = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.OpenIdConnect;
        var handler = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get("oidc");

        Assert.True(oidc.Enabled);
        Assert.Equal("admin", oidc.RoleMap[AdminGroup]);
        Assert.Equal("groups", oidc.RoleClaim);
        Assert.Equal("fake-client-id", handler.ClientId);
        Assert.Equal("code", handler.ResponseType);
        Assert.False(handler.MapInboundClaims);

        using var http = app.CreateAnonymousClient();
        var page = await http.GetStringAsync("/signin", TestContext.Current.CancellationToken);
        Assert.Contains("Sign in with Microsoft", page, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-client-secret", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { ViewerGroup }, null, "viewer")]
    [InlineData(new[] { ViewerGroup, AdminGroup }, null, "admin")]
    [InlineData(new[] { "some-other-group" }, null, null)]
    [InlineData(new string[0], "viewer", "viewer")]
    public void Group_claims_map_to_the_highest_role_or_the_default(string[] groups, string? defaultRole, string? expected)
    {
        var settings = new OpenIdConnectSettings { Authority = "https://login.example.test/t/v2.0", ClientId = "c", DefaultRole = defaultRole };
        settings.RoleMap[AdminGroup] = "admin";
        settings.RoleMap[ViewerGroup] = "viewer";
        var principal = new ClaimsPrincipal(new ClaimsIdentity(groups.Select(g => new Claim("groups", g)), "oidc"));

        Assert.Equal(expected, OidcRoleMapping.RoleFor(principal, settings));
    }

    [Fact]
    public async Task Signing_in_with_the_provider_redirects_to_its_authorization_endpoint()
    {
        await using var app = AccountsApp.Create(Settings);
        // The provider's discovery document is the network edge: give the handler a fixed one.
        app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get("oidc").ConfigurationManager =
            new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
            {
                Issuer = "https://login.example.test/fake-tenant/v2.0",
                AuthorizationEndpoint = "https://login.example.test/fake-tenant/oauth2/v2.0/authorize",
                TokenEndpoint = "https://login.example.test/fake-tenant/oauth2/v2.0/token",
            });
        using var http = app.CreateAnonymousClient();

        using var response = await http.GetAsync("/signin/oidc?returnUrl=%2Fscorecard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://login.example.test/fake-tenant/oauth2/v2.0/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=fake-client-id", location, StringComparison.Ordinal);
        Assert.Contains("response_type=code", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", location, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-client-secret", location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Scorecard__Auth__OpenIdConnect__Authority", "http://insecure.example.test", "must be an https URL")]
    [InlineData("Scorecard__Auth__OpenIdConnect__RoleMap__abc", "owner", "must be one of viewer, editor, admin")]
    [InlineData("SCORECARD_API_KEY", "short", "SCORECARD_API_KEY is too short")]
    public async Task A_broken_sign_in_setting_stops_start_up_naming_it(string variable, string value, string expected)
    {
        var (exitCode, output) = await ServerProcess.RunAsync(new Dictionary<string, string>
        {
            ["Scorecard__Demo__Enabled"] = "false",
            ["Scorecard__Auth__OpenIdConnect__Authority"] = "https://login.example.test/fake-tenant/v2.0",
            ["Scorecard__Auth__OpenIdConnect__ClientId"] = "fake-client-id",
            [variable] = value,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
