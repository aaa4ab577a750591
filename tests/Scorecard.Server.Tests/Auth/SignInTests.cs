using System.Net;
using System.Net.Http.Json;
using Scorecard.Server.Auth;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>Local accounts: cookie sign-in, redirects for pages, lockout and antiforgery.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    const string Password = "a long and fake test password";
    readonly ScorecardApp app = AccountsApp.Create();

    public async ValueTask InitializeAsync()
    {
        await app.CreateUserAsync("vera", Password, Roles.Viewer);
        await app.CreateUserAsync("ada", Password, Roles.Admin);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_page_sends_a_stranger_to_sign_in_and_back_afterwards()
    {
        using var http = app.CreateAnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/scorecard?queue=ROC");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=%2Fscorecard", page.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var signIn = await http.SignInAsync("vera", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("scorecard.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var me = await http.MeAsync();
        Assert.Equal("vera", me.GetProperty("name").GetString());
        Assert.Equal("viewer", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var http = app.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await http.SignInAsync("vera", "not the password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await http.SignInAsync("vera", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var me = await http.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_whether_the_user_exists()
    {
        using var http = app.CreateAnonymousClient();
        using var unknown = await http.SignInAsync("nobody", Password);
        using var wrong = await http.SignInAsync("ada", "wrong password entirely");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Wrong user name or password.", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Wrong user name or password.", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        using var http = app.CreateAnonymousClient();
        using var response = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "ada", ["password"] = Password,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_cookie_write_needs_the_antiforgery_header_and_a_key_write_does_not()
    {
        using var http = app.CreateAnonymousClient();
        await http.SignInAsync("ada", Password);

        using var bare = await http.PostAsJsonAsync("/api/v1/apikeys", new { name = "from a forged page", role = "viewer" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("antiforgery", await bare.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);

        var me = await http.MeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/apikeys") { Content = JsonContent.Create(new { name = "from the page", role = "viewer" }) };
        request.Headers.Add(me.GetProperty("antiforgery_header").GetString()!, me.GetProperty("antiforgery_token").GetString());
        using var withToken = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);

        using var keyClient = app.CreateClient();
        using var byKey = await keyClient.PostAsJsonAsync("/api/v1/apikeys", new { name = "from a script", role = "viewer" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, byKey.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var http = app.CreateAnonymousClient();
        await http.SignInAsync("vera", Password);
        var token = await http.FormTokenAsync("/signin");

        using var signOut = await http.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);
    }
}
