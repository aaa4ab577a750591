using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>
/// One browser session signing in through the provider: cookies for the app (served as https://localhost,
/// as behind TLS, because the handler's correlation and nonce cookies are Secure), redirects followed by hand
/// between the app and the provider, and the provider's self-posting form posted back to the app.
/// </summary>
public sealed partial class OidcBrowser : IDisposable
{
    const int MaxHops = 10;
    readonly HttpClient provider;

    public OidcBrowser(WebApplicationFactory<Program> app, FakeOpenIdProvider fake)
    {
        App = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        App.DefaultRequestHeaders.Authorization = null; // the test's admin key must not sign anyone in
        App.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        provider = new HttpClient(fake.TrustingHandler()) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The app as this browser sees it (its cookies), for the API calls after sign-in.</summary>
    public HttpClient App { get; }

    /// <summary>Every address visited on the way, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>
    /// Starts at the app's "Sign in with Microsoft" link and follows the sign-in to its end: the first
    /// response that is neither a step of the sign-in nor the provider's form (on success, the redirect to
    /// <paramref name="returnUrl"/>).
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(string returnUrl = "/scorecard")
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await GetAsync(new Uri(App.BaseAddress!, $"/signin/oidc?returnUrl={Uri.EscapeDataString(returnUrl)}"), ct);
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && IsSignInStep(Next(response)))
            {
                var next = Next(response);
                response.Dispose();
                response = await GetAsync(next, ct);
            }
            else if (response.IsSuccessStatusCode && response.RequestMessage!.RequestUri!.Host != "localhost"
                && AutoPostForm().Match(await response.Content.ReadAsStringAsync(ct)) is { Success: true } form)
            {
                var action = new Uri(WebUtility.HtmlDecode(form.Groups["action"].Value));
                var fields = HiddenInput().Matches(form.Groups["inputs"].Value)
                    .ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
                response.Dispose();
                Visited.Add(action);
                response = await App.PostAsync(action, new FormUrlEncodedContent(fields), ct);
            }
            else
            {
                return response;
            }
        }

        throw new InvalidOperationException($"The sign-in did not end within {MaxHops} steps: {string.Join(" → ", Visited)}");
    }

    Uri Next(HttpResponseMessage response) => new(response.RequestMessage!.RequestUri!, response.Headers.Location!);

    bool IsSignInStep(Uri next) =>
        next.Host != "localhost" || next.AbsolutePath.StartsWith("/signin/oidc", StringComparison.Ordinal) || next.AbsolutePath == "/signin-oidc";

    Task<HttpResponseMessage> GetAsync(Uri url, CancellationToken ct)
    {
        Visited.Add(url);
        return url.Host == "localhost" ? App.GetAsync(url, ct) : provider.GetAsync(url, ct);
    }

    public void Dispose()
    {
        App.Dispose();
        provider.Dispose();
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\">(?<inputs>.*)</form>", RegexOptions.Singleline)]
    private static partial Regex AutoPostForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
