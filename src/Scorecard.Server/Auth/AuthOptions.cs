namespace Scorecard.Server.Auth;

/// <summary>The <c>Scorecard:Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Scorecard:Auth";

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted (no composition rules: length is what makes a password strong).</summary>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    public IEnumerable<string> Problems()
    {
        if (MaxFailedAttempts is < 1 or > 100)
        {
            yield return $"Scorecard:Auth:MaxFailedAttempts '{MaxFailedAttempts}' must be 1 to 100.";
        }

        if (LockoutDuration < TimeSpan.FromMinutes(1))
        {
            yield return $"Scorecard:Auth:LockoutDuration '{LockoutDuration}' must be at least 00:01:00.";
        }

        if (MinimumPasswordLength is < 8 or > 128)
        {
            yield return $"Scorecard:Auth:MinimumPasswordLength '{MinimumPasswordLength}' must be 8 to 128.";
        }

        if (SessionLifetime < TimeSpan.FromMinutes(5))
        {
            yield return $"Scorecard:Auth:SessionLifetime '{SessionLifetime}' must be at least 00:05:00.";
        }

        foreach (var p in OpenIdConnect.Problems())
        {
            yield return p;
        }
    }
}

/// <summary>
/// <c>Scorecard:Auth:OpenIdConnect</c>: sign-in with an identity provider such as Microsoft Entra ID.
/// Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>E.g. <c>https://login.microsoftonline.com/&lt;tenant-id&gt;/v2.0</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret; from the environment (<c>Scorecard__Auth__OpenIdConnect__ClientSecret</c>), never a file in the repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Microsoft";

    /// <summary>The claim whose values decide the role: Entra sends group ids in <c>groups</c>, app roles in <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Claim value → role, e.g. <c>"3f2c…-group-id": "admin"</c>. The highest role matched wins.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role of someone the provider signs in who matches no entry; empty refuses them.</summary>
    public string? DefaultRole { get; set; }

    public string CallbackPath { get; set; } = "/signin-oidc";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"Scorecard:Auth:OpenIdConnect:Authority '{Authority}' must be an https URL.";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return "Scorecard:Auth:OpenIdConnect:ClientId is required when an Authority is set.";
        }

        foreach (var (value, role) in RoleMap.Where(kv => !Roles.IsKnown(kv.Value)))
        {
            yield return $"Scorecard:Auth:OpenIdConnect:RoleMap:{value} '{role}' must be one of {Roles.Describe}.";
        }

        if (!string.IsNullOrEmpty(DefaultRole) && !Roles.IsKnown(DefaultRole))
        {
            yield return $"Scorecard:Auth:OpenIdConnect:DefaultRole '{DefaultRole}' must be one of {Roles.Describe}, or empty.";
        }
    }
}
