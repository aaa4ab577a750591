using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Scorecard.Server.Tests.Auth;

/// <summary>Someone the fake provider signs in: their stable id, user name and the group (or role) claim values it sends.</summary>
public sealed record FakePerson(string Subject, string UserName, string[] Groups, string ClaimName = "groups");

/// <summary>How the next id_token is spoiled, to prove the app refuses it.</summary>
public enum TokenFault
{
    None,
    ForgedSignature,
    Expired,
    WrongAudience,
    WrongIssuer,
    WrongNonce,
}

/// <summary>
/// The provider's keys and tokens: an RSA signing key made for this run (published as JWKS), a
/// self-signed TLS certificate for 127.0.0.1, and RS256 id_tokens built with Microsoft.IdentityModel.
/// </summary>
public sealed class FakeIdTokens(TimeProvider clock) : IDisposable
{
    readonly RSA signingKey = RSA.Create(2048);
    readonly RSA otherKey = RSA.Create(2048);
    const string KeyId = "fake-signing-key-1";

    public X509Certificate2 Certificate { get; } = MakeCertificate(clock);

    /// <summary>The JSON Web Key Set with the public half of the signing key.</summary>
    public object Jwks()
    {
        var p = signingKey.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) },
            },
        };
    }

    public string IdToken(string issuer, string audience, string nonce, string accessToken, FakePerson person, TokenFault fault)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Beyond the validator's five minutes of clock skew.
        var issued = fault == TokenFault.Expired ? now.AddHours(-2) : now;
        var key = fault == TokenFault.ForgedSignature ? otherKey : signingKey;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = person.Subject,
            ["preferred_username"] = person.UserName,
            ["name"] = person.UserName,
            ["nonce"] = fault == TokenFault.WrongNonce ? "a-nonce-this-app-never-sent" : nonce,
            ["at_hash"] = AtHash(accessToken),
            [person.ClaimName] = person.Groups,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fault == TokenFault.WrongIssuer ? "https://login.example.test/another-tenant/v2.0" : issuer,
            Audience = fault == TokenFault.WrongAudience ? "some-other-client-id" : audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued.AddHours(1),
            Claims = claims,
            // The key id stays the published one, so a forged token is refused for its signature, not for an unknown key.
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>OIDC Core 3.1.3.6: the left half of the SHA-256 of the access token, base64url.</summary>
    static string AtHash(string accessToken) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]);

    static X509Certificate2 MakeCertificate(TimeProvider clock)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=fake-openid-provider", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = clock.GetUtcNow();
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Re-imported so Kestrel on Linux gets a certificate whose private key it can use.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }

    public void Dispose()
    {
        signingKey.Dispose();
        otherKey.Dispose();
        Certificate.Dispose();
    }
}
