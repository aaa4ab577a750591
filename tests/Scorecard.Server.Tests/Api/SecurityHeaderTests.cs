using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

/// <summary>Headers and problem answers need no data: a server without Autotask is enough.</summary>
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    readonly ScorecardApp app = AccountsApp.Create();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/scorecard")]
    [InlineData("/css/dashboard.css")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        // Scripts and style elements only from the server's files; style attributes (component sizing) are the one exception.
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Equal(1, csp.Split("unsafe-inline").Length - 1);
        Assert.Contains("style-src-attr 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync("/api/no/such/thing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using var http = app.CreateClient();
        using var response = await http.DeleteAsync("/api/autotask/tickets", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_https_is_recognised_and_plain_http_is_redirected()
    {
        await using var proxied = AccountsApp.Create(new Dictionary<string, string?>
        {
            ["Scorecard:Hosting:ForwardedHeaders"] = "true",
            ["Scorecard:Hosting:HttpsRedirect"] = "true",
            ["Scorecard:Hosting:KnownNetworks:0"] = "0.0.0.0/0",
            ["https_port"] = "443",
        });
        using var http = proxied.CreateAnonymousClient();

        using var plain = await http.GetAsync("/api/health", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var forwarded = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.StartsWith("https://", plain.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
    }
}
