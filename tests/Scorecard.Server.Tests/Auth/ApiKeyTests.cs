using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>API keys: shown once, stored hashed, carry their role, revocable; SCORECARD_API_KEY is an admin key.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    readonly ScorecardApp app = AccountsApp.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_created_key_is_shown_once_stored_only_as_a_hash_and_works_until_revoked()
    {
        using var admin = app.CreateClient();
        var created = await CreateAsync(admin, "nightly report", "viewer");
        var key = created.GetProperty("key").GetString()!;
        var prefix = created.GetProperty("prefix").GetString()!;
        Assert.StartsWith($"sc_{prefix}_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 50);

        var listed = await admin.GetStringAsync("/api/v1/apikeys", TestContext.Current.CancellationToken);
        Assert.Contains(prefix, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext())
        {
            var row = await db.ApiKeys.SingleAsync(k => k.Prefix == prefix, TestContext.Current.CancellationToken);
            Assert.NotEqual(key, row.Hash);
            Assert.DoesNotContain(key[^20..], row.Hash, StringComparison.Ordinal);
            Assert.Equal(64, row.Hash.Length);
        }

        using var script = app.CreateClientWithKey(key);
        var me = await script.MeAsync();
        Assert.Equal("nightly report", me.GetProperty("name").GetString());
        Assert.Equal("viewer", me.GetProperty("role").GetString());
        Assert.Equal("api_key", me.GetProperty("method").GetString());

        using var revoke = await admin.DeleteAsync($"/api/v1/apikeys/{created.GetProperty("id").GetInt32()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using var after = await script.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_key_revoked_by_another_process_stops_working_within_seconds_and_one_revoked_here_at_once()
    {
        using var admin = app.CreateClient();
        var elsewhere = await CreateAsync(admin, "revoked from the command line", "viewer");
        var here = await CreateAsync(admin, "revoked through the API", "viewer");
        using var elsewhereClient = app.CreateClientWithKey(elsewhere.GetProperty("key").GetString()!);
        using var hereClient = app.CreateClientWithKey(here.GetProperty("key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await elsewhereClient.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hereClient.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);

        // `scorecard apikeys revoke` in another process writes the row; this process learns it at its next check.
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext())
        {
            var id = elsewhere.GetProperty("id").GetInt32();
            await db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(k => k.RevokedUtc, app.Clock.GetUtcNow().UtcDateTime), TestContext.Current.CancellationToken);
        }

        using var revokeHere = await admin.DeleteAsync($"/api/v1/apikeys/{here.GetProperty("id").GetInt32()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, revokeHere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hereClient.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await elsewhereClient.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhereClient.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_viewer_key_reads_but_cannot_manage_keys_or_users()
    {
        using var admin = app.CreateClient();
        var key = (await CreateAsync(admin, "dashboard on the wall", "viewer")).GetProperty("key").GetString()!;
        using var viewer = app.CreateClientWithKey(key);

        using var read = await viewer.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        using var keys = await viewer.GetAsync("/api/v1/apikeys", TestContext.Current.CancellationToken);
        using var users = await viewer.PostAsJsonAsync("/api/v1/users", new { user_name = "eve", password = "a long fake password", role = "admin" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal("application/problem+json", users.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("sc_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("test-only-api-key-not-a-secret-000")]
    [InlineData("")]
    public async Task An_unknown_key_is_a_401(string key)
    {
        using var http = app.CreateClientWithKey(key);
        using var response = await http.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_key_is_an_admin_and_never_listed()
    {
        using var http = app.CreateClient();
        var me = await http.MeAsync();
        var keys = await http.GetStringAsync("/api/v1/apikeys", TestContext.Current.CancellationToken);

        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal("SCORECARD_API_KEY", me.GetProperty("name").GetString());
        Assert.DoesNotContain(ScorecardApp.TestApiKey, keys, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"role\":\"viewer\"}", "name is required")]
    [InlineData("{\"name\":\"x\",\"role\":\"owner\"}", "role must be viewer, editor or admin")]
    [InlineData("{\"name\":\"x\"}", "role is required")]
    [InlineData("{\"name\":", "")]
    public async Task A_bad_key_request_is_a_400_problem_naming_the_field(string body, string expected)
    {
        using var http = app.CreateClient();
        using var response = await http.PostAsync("/api/v1/apikeys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        var keys = await http.GetFromJsonAsync<JsonElement>("/api/v1/apikeys", TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.Array, keys.ValueKind);
        Assert.Equal(0, keys.GetArrayLength());
    }

    static async Task<JsonElement> CreateAsync(HttpClient admin, string name, string role)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/apikeys", new { name, role }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
