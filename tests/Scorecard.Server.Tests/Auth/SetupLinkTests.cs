using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Auth.Setup;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>First run: no default password; the one-time link creates the first admin, once.</summary>
public sealed class SetupLinkTests : IAsyncLifetime
{
    const string Password = "correct horse battery staple";
    readonly ScorecardApp app = AccountsApp.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_setup_link_creates_the_first_admin_and_then_no_longer_works()
    {
        using var http = app.CreateAnonymousClient();
        var token = app.Services.GetRequiredService<SetupLink>().Token;
        Assert.NotNull(token);
        Assert.True(token.Length >= 64, "the token carries at least 256 random bits");

        using (var wrong = await http.GetAsync("/setup?token=" + new string('0', token.Length), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        var tooShort = await PostAsync(http, token, "admin", "short");
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("Passwords must be at least 12 characters", await tooShort.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var created = await PostAsync(http, token, "admin", Password);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/scorecard", created.Headers.Location?.ToString());
        var me = await http.MeAsync();
        Assert.Equal("admin", me.GetProperty("name").GetString());
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal("cookie", me.GetProperty("method").GetString());

        using var other = app.CreateAnonymousClient();
        using (var again = await other.GetAsync($"/setup?token={token}", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
            Assert.Contains("not valid", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Null(app.Services.GetRequiredService<SetupLink>().Token);
    }

    [Fact]
    public async Task Without_the_token_the_setup_page_creates_nothing()
    {
        using var http = app.CreateAnonymousClient();
        Assert.NotNull(app.Services.GetRequiredService<SetupLink>().Token);
        var form = await http.FormTokenAsync("/signin");

        using var response = await http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form, ["token"] = "guess", ["userName"] = "mallory", ["password"] = Password, ["confirmPassword"] = Password,
        }), TestContext.Current.CancellationToken);

        Assert.True(HttpStatusCode.NotFound == response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var signIn = await http.SignInAsync("mallory", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient http, string token, string userName, string password)
    {
        var form = await http.FormTokenAsync($"/setup?token={token}");
        return await http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form, ["token"] = token, ["userName"] = userName, ["password"] = password, ["confirmPassword"] = password,
        }), TestContext.Current.CancellationToken);
    }
}
