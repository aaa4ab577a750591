using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary><c>/api/v1/users</c>: what an admin does with accounts, and what it refuses.</summary>
public sealed class UsersApiTests : IAsyncLifetime
{
    const string Password = "a long and fake test password";
    readonly ScorecardApp app = AccountsApp.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_that_role()
    {
        using var admin = app.CreateClient();
        var created = await CreateAsync(admin, "erin", "editor");
        Assert.Equal("editor", created.GetProperty("role").GetString());
        Assert.False(created.TryGetProperty("password_hash", out _));

        var list = await admin.GetStringAsync("/api/v1/users", TestContext.Current.CancellationToken);
        Assert.Contains("\"user_name\":\"erin\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", list, StringComparison.Ordinal); // Identity's password hash prefix

        using var browser = app.CreateAnonymousClient();
        using var signIn = await browser.SignInAsync("erin", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("editor", (await browser.MeAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Role_changes_take_effect_and_a_locked_user_can_be_unlocked()
    {
        using var admin = app.CreateClient();
        var id = (await CreateAsync(admin, "lou", "viewer")).GetProperty("id").GetString();
        using var browser = app.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await browser.SignInAsync("lou", "wrong " + i);
        }

        var locked = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.String, locked.GetProperty("locked_until_utc").ValueKind);

        using var patch = await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { role = "admin", unlock = true }, TestContext.Current.CancellationToken);
        var updated = await patch.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("admin", updated.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("locked_until_utc").ValueKind);

        using var signIn = await browser.SignInAsync("lou", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("admin", (await browser.MeAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_last_admin_cannot_be_removed_or_demoted()
    {
        using var admin = app.CreateClient();
        var id = (await CreateAsync(admin, "root", "admin")).GetProperty("id").GetString();

        using var demote = await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { role = "viewer" }, TestContext.Current.CancellationToken);
        using var delete = await admin.DeleteAsync($"/api/v1/users/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("last admin", await delete.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("admin", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}", TestContext.Current.CancellationToken)).GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("{\"user_name\":\"x\",\"password\":\"short\",\"role\":\"viewer\"}", HttpStatusCode.BadRequest, "at least 12 characters")]
    [InlineData("{\"user_name\":\"x\",\"password\":\"a long and fake test password\",\"role\":\"boss\"}", HttpStatusCode.BadRequest, "role must be viewer, editor or admin")]
    [InlineData("{\"password\":\"a long and fake test password\",\"role\":\"viewer\"}", HttpStatusCode.BadRequest, "user_name is required")]
    [InlineData("{\"user_name\":\"dup\",\"password\":\"a long and fake test password\",\"role\":\"viewer\"}", HttpStatusCode.Conflict, "is already taken")]
    public async Task Bad_user_requests_are_problems_that_say_what_was_wrong(string body, HttpStatusCode status, string expected)
    {
        using var admin = app.CreateClient();
        await CreateAsync(admin, "dup", "viewer");

        using var response = await admin.PostAsync("/api/v1/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users", TestContext.Current.CancellationToken)).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_user_is_a_404_problem()
    {
        using var admin = app.CreateClient();
        using var response = await admin.DeleteAsync("/api/v1/users/nobody", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    static async Task<JsonElement> CreateAsync(HttpClient admin, string userName, string role)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/users", new { user_name = userName, password = Password, role }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
