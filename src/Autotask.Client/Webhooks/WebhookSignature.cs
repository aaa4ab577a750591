using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Autotask.Client.Webhooks;

/// <summary>
/// Checks the <c>X-Hook-Signature: sha1=&lt;base64&gt;</c> header Autotask signs deliveries with:
/// Base64(HMAC-SHA1(key = the webhook's secret key as UTF-8, message = the raw body)).
/// </summary>
/// <remarks>
/// Always verify the raw body bytes as received. Autotask escapes JSON the .NET way
/// (<c>\u0026</c>, every non-ASCII character as <c>\uXXXX</c>), so a parsed and re-serialized body
/// hashes differently.
/// </remarks>
public static class WebhookSignature
{
    /// <summary>The header that carries the signature (match it ignoring case).</summary>
    public const string HeaderName = "X-Hook-Signature";

    const string Prefix = "sha1=";
    const int HashBytes = 20;

    /// <summary>The header value Autotask would send for <paramref name="body"/>: <c>sha1=</c> and the Base64 HMAC.</summary>
    public static string Compute(ReadOnlySpan<byte> body, string secretKey) =>
        Prefix + Convert.ToBase64String(Hash(body, secretKey));

    /// <summary>
    /// True when <paramref name="signatureHeader"/> is the valid signature of <paramref name="body"/>
    /// under <paramref name="secretKey"/>. Compares in constant time; a missing or malformed header is false.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? signatureHeader, string secretKey)
    {
        if (!TryDecode(signatureHeader, out var claimed))
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HashBytes];
        HMACSHA1.HashData(Key(secretKey), body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    /// <summary>Verifies a delivery given its headers, finding <see cref="HeaderName"/> ignoring case.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, HttpHeaders headers, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var value = headers.TryGetValues(HeaderName, out var values) ? values.FirstOrDefault() : null;
        return Verify(body, value, secretKey);
    }

    static byte[] Hash(ReadOnlySpan<byte> body, string secretKey) => HMACSHA1.HashData(Key(secretKey), body);

    static byte[] Key(string secretKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        return Encoding.UTF8.GetBytes(secretKey);
    }

    static bool TryDecode(string? header, out byte[] hash)
    {
        hash = [];
        var text = header?.Trim();
        if (text is null || !text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var buffer = new byte[HashBytes + 3];
        if (!Convert.TryFromBase64String(text[Prefix.Length..], buffer, out var written) || written != HashBytes)
        {
            return false;
        }

        hash = buffer[..HashBytes];
        return true;
    }
}
