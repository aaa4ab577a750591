using System.Net;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

/// <summary>The OpenAPI document and the browsable reference, and pages that satisfy the content security policy.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    readonly ScorecardApp app = AccountsApp.Create();
    readonly Browser browser = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_document_describes_the_api_and_its_bearer_key()
    {
        using var http = app.CreateClient();
        var doc = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/autotask/tickets", paths);
        Assert.Contains("/api/autotask/scorecard/weekly", paths);
        Assert.Contains("/api/v1/users", paths);
        Assert.Contains("/api/v1/apikeys", paths);
        Assert.Contains("/api/v1/events", paths);
        Assert.DoesNotContain("/signin", paths);
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("scheme").GetString());
        var create = doc.GetProperty("paths").GetProperty("/api/v1/apikeys").GetProperty("post");
        Assert.True(create.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_document_needs_credentials()
    {
        using var http = app.CreateAnonymousClient();
        using var response = await http.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_reference_sign_in_and_dashboard_pages_render_without_breaking_the_content_security_policy()
    {
        var baseUrl = app.StartOnLoopback();

        var reference = await browser.OpenAsync(new Uri(baseUrl, "/scalar/v1"), ScorecardApp.TestApiKey);
        await reference.GetByText("/api/v1/apikeys").First.WaitForAsync(new() { Timeout = 30_000 });
        var signIn = await browser.OpenAsync(new Uri(baseUrl, "/signin"));
        Assert.Equal("rgb(31, 79, 184)", await signIn.Locator("button").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        var dashboard = await browser.OpenAsync(new Uri(baseUrl, "/scorecard"), ScorecardApp.TestApiKey);
        // The dashboard's stylesheet applied (the grid keeps separate borders so its first column can stay pinned).
        Assert.Equal("separate", await dashboard.Locator("table#scorecard").EvaluateAsync<string>("t => getComputedStyle(t).borderCollapse"));
        Assert.Equal("sticky", await dashboard.Locator("th.measurable").First.EvaluateAsync<string>("t => getComputedStyle(t).position"));

        Assert.Empty(browser.CspViolations);
    }
}
