using System.Security.Cryptography;
using System.Text;

namespace Scorecard.Server.Auth.ApiKeys;

/// <summary>
/// Keys look like <c>sc_3f9a1c2b7d4e_&lt;43 characters&gt;</c>: a visible prefix that tells keys apart,
/// then 256 random bits. Only the SHA-256 of the whole key is stored. A fast hash is enough here,
/// unlike for passwords: with 256 bits of randomness there is nothing to guess, so a slow hash
/// would only add its cost to every request.
/// </summary>
static class ApiKeyFormat
{
    const string Start = "sc_";
    const int PrefixBytes = 6;
    const int SecretBytes = 32;

    public static (string Key, string Prefix) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return ($"{Start}{prefix}_{secret}", prefix);
    }

    /// <summary>The prefix of a key in our format; null for anything else (such as a key set in SCORECARD_API_KEY).</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(Start, StringComparison.Ordinal) || key.Length < Start.Length + (PrefixBytes * 2) + 2)
        {
            return null;
        }

        var prefix = key.Substring(Start.Length, PrefixBytes * 2);
        return key[Start.Length + (PrefixBytes * 2)] == '_' && prefix.All(Uri.IsHexDigit) ? prefix : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares two hashes in constant time, so timing tells nothing about how much matched.</summary>
    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
