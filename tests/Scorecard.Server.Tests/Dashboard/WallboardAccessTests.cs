using System.Net;
using System.Net.Http.Json;
using Scorecard.Server.Auth;
using Scorecard.Server.Auth.ApiKeys;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>A wall TV swaps a viewer key for its own cookie, which stops working the moment the key is revoked.</summary>
public sealed class WallboardAccessTests : IAsyncLifetime
{
    readonly ScorecardApp app = AccountsApp.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_viewer_key_becomes_a_wallboard_cookie_that_dies_with_the_key()
    {
        var keys = app.Services.GetService(typeof(ApiKeyStore)) as ApiKeyStore;
        var key = await keys!.CreateAsync("Office TV", Roles.Viewer, "test", TestContext.Current.CancellationToken);
        using var tv = app.CreateAnonymousClient();
        tv.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var before = await tv.GetAsync("/wallboard", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);

        using var connect = await tv.PostAsJsonAsync("/wallboard/session", new { key = key.Key }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, connect.StatusCode);
        var cookie = Assert.Single(connect.Headers.GetValues("Set-Cookie"), c => c.StartsWith("scorecard.wallboard=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase); // survives the TV's restarts
        Assert.DoesNotContain(key.Key, cookie, StringComparison.Ordinal);

        using var wall = await tv.GetAsync("/wallboard", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains("class=\"wallboard\"", await wall.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // Read only: the wallboard's cookie cannot reach admin pages or write.
        using var admin = await tv.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/signin/denied", admin.Headers.Location!.ToString(), StringComparison.Ordinal);

        await keys.RevokeAsync(key.Info.Prefix, TestContext.Current.CancellationToken);
        using var after = await tv.GetAsync("/wallboard", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/signin", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Only_a_viewer_key_can_link_a_wallboard(string role)
    {
        var keys = (ApiKeyStore)app.Services.GetService(typeof(ApiKeyStore))!;
        var key = await keys.CreateAsync("Too strong for a TV", role, "test", TestContext.Current.CancellationToken);
        using var tv = app.CreateAnonymousClient();

        using var connect = await tv.PostAsJsonAsync("/wallboard/session", new { key = key.Key }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, connect.StatusCode);
        Assert.Equal("application/problem+json", connect.Content.Headers.ContentType?.MediaType);
        var body = await connect.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("viewer key", body, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Key, body, StringComparison.Ordinal);
        Assert.False(connect.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task An_unknown_key_is_refused_without_repeating_it()
    {
        using var tv = app.CreateAnonymousClient();
        using var connect = await tv.PostAsJsonAsync("/wallboard/session", new { key = "sc_0123456789ab_not-a-real-key" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, connect.StatusCode);
        Assert.DoesNotContain("not-a-real-key", await connect.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
