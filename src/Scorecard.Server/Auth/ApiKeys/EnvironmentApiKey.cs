namespace Scorecard.Server.Auth.ApiKeys;

/// <summary>
/// The key given in <c>SCORECARD_API_KEY</c> (admin role), for automation. Kept only as its hash,
/// in memory: it is never written to the database or the log.
/// </summary>
public sealed class EnvironmentApiKey(string? key)
{
    public const string Variable = "SCORECARD_API_KEY";
    public const int MinimumLength = 20;

    readonly string? hash = string.IsNullOrEmpty(key) ? null : ApiKeyFormat.Hash(key);

    public bool IsSet => hash is not null;

    public bool Matches(string presented) => hash is not null && ApiKeyFormat.SameHash(hash, ApiKeyFormat.Hash(presented));
}
