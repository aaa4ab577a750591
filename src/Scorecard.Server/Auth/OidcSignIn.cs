using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scorecard.Server.Auth.Pages;

namespace Scorecard.Server.Auth;

/// <summary>
/// Sign-in through an OpenID Connect provider (Microsoft Entra ID). The provider's answer lands in
/// Identity's external cookie; the completion page maps its group or role claims to a Scorecard
/// role, keeps a local account linked to the provider's id (so it is listed and can be removed),
/// and signs in with the ordinary cookie.
/// </summary>
static class OidcSignIn
{
    public const string Scheme = "oidc";
    public const string ChallengePath = "/signin/oidc";
    const string CompletePath = "/signin/oidc/complete";

    public static void AddScorecardOpenIdConnect(this AuthenticationBuilder auth, OpenIdConnectSettings settings) =>
        auth.AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.CallbackPath = settings.CallbackPath;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            // Keep the provider's claim names ("groups", "roles", "preferred_username") as they are.
            o.MapInboundClaims = false;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" })
            {
                o.Scope.Add(scope);
            }

            o.SaveTokens = false;
            o.Events.OnRemoteFailure = ShowFailure;
        });

    /// <summary>
    /// A provider answer that does not verify (forged, expired, for another client, a replayed state,
    /// refused client credentials, or the person cancelling) would otherwise escape the handler as a 500.
    /// The person gets a page; the reason goes to the log only.
    /// </summary>
    static async Task ShowFailure(RemoteFailureContext ctx)
    {
        ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn).FullName!)
            .LogWarning("OpenID Connect sign-in failed: {Reason}", ctx.Failure?.Message);
        var name = ctx.Scheme.DisplayName ?? "the provider";
        await AuthPage.Render(ctx.HttpContext, "Sign-in failed",
            $"Scorecard could not sign you in with {name}: its answer could not be verified or the sign-in was cancelled. Try again; if it keeps failing, an admin will find the reason in the server log.",
            AuthPage.Link("/signin", "Back to sign-in"), StatusCodes.Status401Unauthorized).ExecuteAsync(ctx.HttpContext);
        ctx.HandleResponse();
    }

    public static void MapOidcSignIn(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("").ExcludeFromDescription().AllowAnonymous();
        g.MapGet(ChallengePath, Challenge);
        g.MapGet(CompletePath, Complete);
    }

    static IResult Challenge(string? returnUrl, IOptions<AuthOptions> auth, SignInManager<IdentityUser> signIn)
    {
        if (!auth.Value.OpenIdConnect.Enabled)
        {
            return Results.NotFound();
        }

        var redirect = $"{CompletePath}?returnUrl={Uri.EscapeDataString(SignInEndpoints.SafeReturnUrl(returnUrl))}";
        return Results.Challenge(signIn.ConfigureExternalAuthenticationProperties(Scheme, redirect), [Scheme]);
    }

    static async Task<IResult> Complete(HttpContext ctx, string? returnUrl, IOptions<AuthOptions> auth, SignInManager<IdentityUser> signIn,
        UserManager<IdentityUser> users, UserAdmin admin)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null || !auth.Value.OpenIdConnect.Enabled)
        {
            return Results.Redirect("/signin");
        }

        await ctx.SignOutAsync(IdentityConstants.ExternalScheme);
        var role = OidcRoleMapping.RoleFor(info.Principal, auth.Value.OpenIdConnect);
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (role is null)
        {
            if (user is not null)
            {
                // Taken out of every mapped group at the provider: the account keeps no role, and the new
                // security stamp ends the sessions it already has at their next check.
                await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
                await users.UpdateSecurityStampAsync(user);
            }

            return AuthPage.Render(ctx, "No access", $"{auth.Value.OpenIdConnect.DisplayName} signed you in, but none of your groups has a Scorecard role. Ask an admin.",
                AuthPage.Link("/signin", "Back to sign-in"), StatusCodes.Status403Forbidden);
        }

        if (user is null)
        {
            var name = info.Principal.FindFirst("preferred_username")?.Value ?? info.Principal.FindFirst("email")?.Value ?? $"{Scheme}-{info.ProviderKey}";
            user = new IdentityUser { UserName = name, Email = info.Principal.FindFirst("email")?.Value };
            var created = await users.CreateAsync(user);
            if (created.Succeeded)
            {
                created = await users.AddLoginAsync(user, info);
            }

            if (!created.Succeeded)
            {
                return AuthPage.Render(ctx, "Sign-in failed", UserAdmin.Describe(created), AuthPage.Link("/signin", "Back to sign-in"),
                    StatusCodes.Status400BadRequest);
            }
        }

        // The provider's groups decide the role at every sign-in, so a change there takes effect here.
        await admin.SetRoleAsync(user, role);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: Scheme);
        return Results.LocalRedirect(SignInEndpoints.SafeReturnUrl(returnUrl));
    }
}
