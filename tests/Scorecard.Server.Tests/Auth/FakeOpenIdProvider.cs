using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Scorecard.Server.Tests.Auth;

/// <summary>
/// A small OpenID provider shaped like Entra ID, on an https loopback port: discovery, JWKS, an
/// authorization endpoint that signs in <see cref="SignedIn"/> without asking, and a token endpoint
/// that checks the code, the client's credentials, the redirect URI and PKCE before it hands out
/// an id_token. Only clients given <see cref="TrustingHandler"/> accept its certificate.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "fake-client-id";
    public const string ClientSecret = "fake-client-secret-for-tests-only";

    readonly WebApplication app;
    readonly FakeIdTokens tokens;
    readonly ConcurrentDictionary<string, Grant> grants = new();

    FakeOpenIdProvider(WebApplication app, FakeIdTokens tokens)
    {
        this.app = app;
        this.tokens = tokens;
    }

    /// <summary>E.g. <c>https://127.0.0.1:41234/fake-tenant/v2.0</c>; also the issuer of its tokens.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The person at the provider's sign-in screen; the test decides who it is and what groups they have; null cancels.</summary>
    public FakePerson? SignedIn { get; set; }

    /// <summary>Spoils the id_tokens handed out from now on.</summary>
    public TokenFault Fault { get; set; }

    /// <summary>Codes exchanged for tokens, and requests the token endpoint turned down (with why).</summary>
    public int TokensIssued => issued;

    public ConcurrentQueue<string> Refusals { get; } = new();

    int issued;

    sealed record Grant(FakePerson Person, string RedirectUri, string Nonce, string CodeChallenge);

    public static async Task<FakeOpenIdProvider> StartAsync(TimeProvider clock)
    {
        var tokens = new FakeIdTokens(clock);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration()
            .ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(tokens.Certificate)));
        builder.Services.AddRouting();
        var provider = new FakeOpenIdProvider(builder.Build(), tokens);
        provider.Map();
        await provider.app.StartAsync(TestContext.Current.CancellationToken);
        var address = provider.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = address.TrimEnd('/') + "/fake-tenant/v2.0";
        return provider;
    }

    /// <summary>A handler that trusts this provider's certificate and no other, for the app's back channel and the test's "browser".</summary>
    public HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == tokens.Certificate.GetCertHashString(),
        },
    };

    void Map()
    {
        app.MapGet("/fake-tenant/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority.Replace("/v2.0", "/oauth2/v2.0/authorize", StringComparison.Ordinal),
            ["token_endpoint"] = Authority.Replace("/v2.0", "/oauth2/v2.0/token", StringComparison.Ordinal),
            ["jwks_uri"] = Authority.Replace("/v2.0", "/discovery/v2.0/keys", StringComparison.Ordinal),
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/fake-tenant/discovery/v2.0/keys", () => Results.Json(tokens.Jwks()));
        app.MapGet("/fake-tenant/oauth2/v2.0/authorize", Authorize);
        app.MapPost("/fake-tenant/oauth2/v2.0/token", Token);
    }

    IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256" || q["response_mode"] != "form_post")
        {
            return Results.BadRequest("unknown client or unsupported request");
        }

        if (SignedIn is null)
        {
            // The person cancelled at the provider's sign-in screen.
            return Answer(q["redirect_uri"]!, new() { ["error"] = "access_denied", ["error_description"] = "The user cancelled.", ["state"] = q["state"]! });
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        grants[code] = new Grant(SignedIn, q["redirect_uri"]!, q["nonce"]!, q["code_challenge"]!);
        return Answer(q["redirect_uri"]!, new() { ["code"] = code, ["state"] = q["state"]! });
    }

    /// <summary>What a provider sends the browser in form_post mode (the handler's default): a form that posts itself to the app.</summary>
    static IResult Answer(string redirectUri, Dictionary<string, string> fields)
    {
        var html = new StringBuilder("<html><body><form method=\"post\" action=\"").Append(HtmlEncoder.Default.Encode(redirectUri)).Append("\">");
        foreach (var (name, value) in fields)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value)).Append("\">");
        }

        return Results.Content(html.Append("</form></body></html>").ToString(), "text/html");
    }

    async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync(TestContext.Current.CancellationToken);
        grants.TryRemove(form["code"].ToString(), out var grant); // a code works once
        var refusal = Refusal(form, grant);
        if (refusal is not null)
        {
            Refusals.Enqueue(refusal);
            return Results.Json(new { error = "invalid_grant", error_description = $"fake provider refused: {refusal}" }, statusCode: StatusCodes.Status400BadRequest);
        }

        Interlocked.Increment(ref issued);
        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["access_token"] = accessToken,
            ["id_token"] = tokens.IdToken(Authority, ClientId, grant!.Nonce, accessToken, grant.Person, Fault),
        });
    }

    static string? Refusal(IFormCollection form, Grant? grant) =>
        form["grant_type"] != "authorization_code" ? "grant_type"
        : grant is null ? "code unknown or already used"
        : form["client_id"] != ClientId || form["client_secret"] != ClientSecret ? "client credentials"
        : form["redirect_uri"] != grant.RedirectUri ? "redirect_uri"
        : Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge ? "PKCE code_verifier"
        : null;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(TestContext.Current.CancellationToken);
        await app.DisposeAsync();
        tokens.Dispose();
    }
}
