using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>
/// The whole OpenID Connect sign-in, through HTTP, against a provider running in the test: the
/// authorization redirect, the code posted back, the back-channel token exchange, the id_token
/// checks, and the role the provider's groups give.
/// </summary>
public sealed class OpenIdConnectSignInTests : IAsyncLifetime
{
    const string AdminGroup = "6f1c0e55-0000-4000-8000-00000000ad01";
    const string ViewerGroup = "6f1c0e55-0000-4000-8000-00000000be02";

    // Both the app and the provider read this clock; it starts at the real time because the
    // browser's cookie jar drops cookies whose expiry lies in the real past.
    readonly FakeTimeProvider clock = new(TimeProvider.System.GetUtcNow());
    FakeOpenIdProvider provider = null!;
    ScorecardApp host = null!;
    WebApplicationFactory<Program> app = null!;

    public async ValueTask InitializeAsync()
    {
        provider = await FakeOpenIdProvider.StartAsync(clock);
        (host, app) = StartApp(FakeOpenIdProvider.ClientSecret);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await provider.DisposeAsync();
    }

    (ScorecardApp Host, WebApplicationFactory<Program> App) StartApp(string clientSecret)
    {
        var scorecard = new ScorecardApp(null, clock, extra: new Dictionary<string, string?>
        {
            ["Scorecard:Demo:Enabled"] = "false",
            ["Scorecard:Auth:OpenIdConnect:Authority"] = provider.Authority,
            ["Scorecard:Auth:OpenIdConnect:ClientId"] = FakeOpenIdProvider.ClientId,
            ["Scorecard:Auth:OpenIdConnect:ClientSecret"] = clientSecret,
            ["Scorecard:Auth:OpenIdConnect:RoleMap:" + AdminGroup] = "admin",
            ["Scorecard:Auth:OpenIdConnect:RoleMap:" + ViewerGroup] = "viewer",
        });
        // The only change to the real wiring: the back channel trusts the provider's test certificate.
        return (scorecard, scorecard.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<OpenIdConnectOptions>("oidc", o => o.BackchannelHttpHandler = provider.TrustingHandler()))));
    }

    static FakePerson Person(string name, params string[] groups) => new($"sub-{name}", $"{name}@fake-msp.example", groups);

    static async Task<JsonElement> MeAsync(HttpClient http) =>
        await http.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);

    static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_user_in_the_admin_group_is_signed_in_as_admin_and_lands_where_they_were_going()
    {
        provider.SignedIn = Person("ada", "unrelated-group", AdminGroup);
        using var browser = new OidcBrowser(app, provider);

        using var end = await browser.SignInAsync("/scorecard?queue=ROC");

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal("/scorecard?queue=ROC", end.Headers.Location!.ToString());
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/fake-tenant/oauth2/v2.0/authorize");
        Assert.Equal(1, provider.TokensIssued);
        Assert.Empty(provider.Refusals);
        var me = await MeAsync(browser.App);
        Assert.Equal("ada@fake-msp.example", me.GetProperty("name").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal("cookie", me.GetProperty("method").GetString());
        using var users = await browser.App.GetAsync("/api/v1/users", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.DoesNotContain(FakeOpenIdProvider.ClientSecret, string.Join(" ", browser.Visited), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_in_the_viewer_group_can_read_but_not_administer()
    {
        provider.SignedIn = Person("vera", ViewerGroup);
        using var browser = new OidcBrowser(app, provider);

        using var end = await browser.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal("viewer", (await MeAsync(browser.App)).GetProperty("role").GetString());
        using var read = await browser.App.GetAsync("/api/v1/scorecards", TestContext.Current.CancellationToken);
        using var admin = await browser.App.GetAsync("/api/v1/users", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task A_user_in_no_mapped_group_is_refused_with_a_page_saying_why()
    {
        provider.SignedIn = Person("nina", "some-other-group");
        using var browser = new OidcBrowser(app, provider);

        using var end = await browser.SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, end.StatusCode);
        var page = await TextAsync(end);
        Assert.Contains("No access", page, StringComparison.Ordinal);
        Assert.Contains("none of your groups has a Scorecard role", page, StringComparison.Ordinal);
        Assert.Equal(1, provider.TokensIssued); // the provider did sign her in: the app refused
        using var me = await browser.App.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
