using System.Security.Claims;

namespace Scorecard.Server.Auth;

/// <summary>How a request was authenticated, carried as a claim.</summary>
public static class AuthClaims
{
    public const string Method = "scorecard:auth_method";
    public const string ApiKeyMethod = "api_key";

    public static bool IsApiKey(this ClaimsPrincipal user) => user.HasClaim(Method, ApiKeyMethod);
}
