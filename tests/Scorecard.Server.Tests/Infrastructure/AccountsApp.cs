using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Auth;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// A server with no Autotask at all (no demo, no sync) and a fresh database: enough for sign-in,
/// accounts and keys, and quick to start.
/// </summary>
public static partial class AccountsApp
{
    public static ScorecardApp Create(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return new ScorecardApp(null, new FakeTimeProvider(TestTenant.Now), extra: settings);
    }

    /// <summary>Creates a local account with a role, as an admin would.</summary>
    public static async Task CreateUserAsync(this ScorecardApp app, string userName, string password, string role)
    {
        using var scope = app.Services.CreateScope();
        var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(userName, null, password, role);
        Assert.True(user is not null, UserAdmin.Describe(result));
    }

    /// <summary>The antiforgery form field a page rendered (GET it first, with the same client).</summary>
    public static async Task<string> FormTokenAsync(this HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return FormToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{path} has no antiforgery field");
    }

    /// <summary>Signs in through the sign-in form, as a browser would; returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var token = await client.FormTokenAsync("/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/scorecard",
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>Who the server thinks the client is (with the antiforgery token for cookie writes).</summary>
    public static async Task<JsonElement> MeAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
