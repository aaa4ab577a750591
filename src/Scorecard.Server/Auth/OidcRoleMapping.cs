using System.Security.Claims;

namespace Scorecard.Server.Auth;

/// <summary>Turns the identity provider's group or role claims into one Scorecard role.</summary>
public static class OidcRoleMapping
{
    /// <summary>The highest role any of the principal's claim values maps to, else the default role; null refuses sign-in.</summary>
    public static string? RoleFor(ClaimsPrincipal principal, OpenIdConnectSettings settings)
    {
        var matched = principal.FindAll(settings.RoleClaim)
            .Select(c => settings.RoleMap.GetValueOrDefault(c.Value))
            .Where(Roles.IsKnown)
            .Select(r => r!)
            .ToList();
        if (matched.Count > 0)
        {
            return matched.MaxBy(r => Roles.All.ToList().IndexOf(r));
        }

        return string.IsNullOrWhiteSpace(settings.DefaultRole) ? null : settings.DefaultRole;
    }
}
