using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Auth;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>
/// The whole OpenID Connect sign-in, through HTTP, against a provider running in the test: the
/// authorization redirect, the code posted back, the back-channel token exchange, the id_token
/// checks, and the role the provider's groups give.
/// </summary>
public sealed class OpenIdConnectSignInTests(PostgresServer postgres) : IAsyncLifetime
{
    const string AdminGroup = "6f1c0e55-0000-4000-8000-00000000ad01";
    const string ViewerGroup = "6f1c0e55-0000-4000-8000-00000000be02";
    const string LocalAccount = "lena-local";

    // Both the app and the provider read this clock; it starts at the real time because the
    // browser's cookie jar drops cookies whose expiry lies in the real past.
    readonly FakeTimeProvider clock = new(TimeProvider.System.GetUtcNow());
    FakeOpenIdProvider provider = null!;
    ScorecardApp host = null!;
    WebApplicationFactory<Program> app = null!;
    readonly RecordedLog log = new("Scorecard.Server.Auth.OidcSignIn");

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

    (ScorecardApp Host, WebApplicationFactory<Program> App) StartApp(string clientSecret, string? connectionString = null)
    {
        var scorecard = new ScorecardApp(null, clock, connectionString, new Dictionary<string, string?>
        {
            ["Scorecard:Demo:Enabled"] = "false",
            ["Scorecard:Auth:OpenIdConnect:Authority"] = provider.Authority,
            ["Scorecard:Auth:OpenIdConnect:ClientId"] = FakeOpenIdProvider.ClientId,
            ["Scorecard:Auth:OpenIdConnect:ClientSecret"] = clientSecret,
            ["Scorecard:Auth:OpenIdConnect:RoleMap:" + AdminGroup] = "admin",
            ["Scorecard:Auth:OpenIdConnect:RoleMap:" + ViewerGroup] = "viewer",
        });
        // The only change to the real wiring: the back channel trusts the provider's test certificate.
        return (scorecard, scorecard.WithWebHostBuilder(b => b
            .ConfigureServices(s => s.Configure<OpenIdConnectOptions>("oidc", o => o.BackchannelHttpHandler = provider.TrustingHandler()))
            .ConfigureLogging(l => l.AddProvider(log))));
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

    // The provider's id links to the account through Identity's login table: on both databases.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_changed_group_takes_effect_at_the_next_sign_in_and_in_sessions_already_open(bool onPostgres)
    {
        (ScorecardApp? pgHost, WebApplicationFactory<Program>? pgApp) = onPostgres ? StartApp(FakeOpenIdProvider.ClientSecret, await postgres.CreateDatabaseAsync()) : (null, null);
        await using var _ = pgHost;
        var target = pgApp ?? app;
        using var first = await SignedInAsAdminAsync("ada", target);

        provider.SignedIn = Person("ada", ViewerGroup);
        using var second = new OidcBrowser(target, provider);
        using var end = await second.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.Equal("viewer", (await MeAsync(second.App)).GetProperty("role").GetString());
        // The session opened as admin follows within the security stamp check (a minute).
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("viewer", (await MeAsync(first.App)).GetProperty("role").GetString());
        var ada = Assert.Single(await UsersAsync(target), u => u.GetProperty("user_name").GetString() == "ada@fake-msp.example");
        Assert.Equal("viewer", ada.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Someone_removed_from_every_mapped_group_is_refused_and_loses_the_sessions_already_open()
    {
        using var first = await SignedInAsAdminAsync("ada");

        provider.SignedIn = Person("ada", "some-other-group");
        using var second = new OidcBrowser(app, provider);
        using var end = await second.SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, end.StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var me = await first.App.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        var ada = Assert.Single(await UsersAsync(), u => u.GetProperty("user_name").GetString() == "ada@fake-msp.example");
        Assert.True(!ada.TryGetProperty("role", out var role) || role.ValueKind == JsonValueKind.Null, $"ada keeps the role {ada}");
    }

    // The reason is IdentityModel's message code in the server log: signature, lifetime, audience, issuer,
    // and a nonce that matches no nonce cookie of this browser.
    [Theory]
    [InlineData(TokenFault.ForgedSignature, "IDX10511")]
    [InlineData(TokenFault.Expired, "IDX10223")]
    [InlineData(TokenFault.WrongAudience, "IDX10214")]
    [InlineData(TokenFault.WrongIssuer, "IDX10205")]
    [InlineData(TokenFault.WrongNonce, "IDX21323")]
    public async Task A_token_that_does_not_verify_signs_nobody_in(TokenFault fault, string reason)
    {
        await AddLocalAccountAsync(app);
        provider.SignedIn = Person("mallory", AdminGroup);
        provider.Fault = fault;
        using var browser = new OidcBrowser(app, provider);

        using var end = await browser.SignInAsync();

        await AssertRefusedAsync(app, browser, end);
        Assert.Equal(1, provider.TokensIssued); // the token was handed out: the app is what refused it
        Assert.True(log.Lines.Any(l => l.Contains(reason, StringComparison.Ordinal)), $"The log does not say {reason}: {string.Join(Environment.NewLine, log.Lines)}");
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_by_the_provider_and_the_page_says_sign_in_failed()
    {
        const string wrongSecret = "fake-but-wrong-client-secret";
        var (otherHost, otherApp) = StartApp(wrongSecret);
        await using var __ = otherHost;
        await AddLocalAccountAsync(otherApp);
        provider.SignedIn = Person("ada", AdminGroup);
        using var browser = new OidcBrowser(otherApp, provider);

        using var end = await browser.SignInAsync();

        await AssertRefusedAsync(otherApp, browser, end);
        Assert.Equal(["client credentials"], provider.Refusals);
        Assert.Contains(log.Lines, l => l.Contains("invalid_grant", StringComparison.Ordinal));
        Assert.DoesNotContain(wrongSecret, await TextAsync(end), StringComparison.Ordinal);
    }

    /// <summary>A browser session signed in through the provider as a member of the admin group.</summary>
    async Task<OidcBrowser> SignedInAsAdminAsync(string name, WebApplicationFactory<Program>? target = null)
    {
        provider.SignedIn = Person(name, AdminGroup);
        var browser = new OidcBrowser(target ?? app, provider);
        using var _ = await browser.SignInAsync();
        Assert.Equal("admin", (await MeAsync(browser.App)).GetProperty("role").GetString());
        return browser;
    }

    /// <summary>A local account, so the user list a refusal is checked against is not empty.</summary>
    static async Task AddLocalAccountAsync(WebApplicationFactory<Program> factory)
    {
        using var scope = factory.Services.CreateScope();
        var (user, _) = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(LocalAccount, null, "a long and fake local password", Roles.Viewer);
        Assert.NotNull(user);
    }

    [Fact]
    public async Task Cancelling_at_the_provider_comes_back_to_a_sign_in_failed_page()
    {
        await AddLocalAccountAsync(app);
        provider.SignedIn = null;
        using var browser = new OidcBrowser(app, provider);

        using var end = await browser.SignInAsync();

        await AssertRefusedAsync(app, browser, end);
        Assert.Equal(0, provider.TokensIssued);
        Assert.True(log.Lines.Any(l => l.Contains("access_denied", StringComparison.Ordinal)), string.Join(Environment.NewLine, log.Lines));
    }

    async Task AssertRefusedAsync(WebApplicationFactory<Program> factory, OidcBrowser browser, HttpResponseMessage end)
    {
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/signin-oidc"); // the answer did come back to the app
        Assert.Equal(HttpStatusCode.Unauthorized, end.StatusCode);
        Assert.Contains("could not sign you in", await TextAsync(end), StringComparison.Ordinal);
        using var me = await browser.App.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        var users = await UsersAsync(factory);
        Assert.Contains(users, u => u.GetProperty("user_name").GetString() == LocalAccount);
        Assert.DoesNotContain(users, u => u.GetProperty("user_name").GetString()!.EndsWith("@fake-msp.example", StringComparison.Ordinal));
    }

    /// <summary>The accounts, as an admin's script sees them (the test's admin API key).</summary>
    async Task<List<JsonElement>> UsersAsync(WebApplicationFactory<Program>? factory = null)
    {
        using var admin = (factory ?? app).CreateClient();
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users", TestContext.Current.CancellationToken);
        return [.. (users.ValueKind == JsonValueKind.Array ? users : users.GetProperty("users")).EnumerateArray()];
    }
}
