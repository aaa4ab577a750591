using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Scorecard.Server.Auth.Pages;

/// <summary><c>/signin</c>, <c>/signout</c> and the access-denied page.</summary>
static class SignInEndpoints
{
    public static void MapSignInPages(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("").ExcludeFromDescription();
        g.MapGet("/signin", Show).AllowAnonymous();
        g.MapPost("/signin", SignIn).AllowAnonymous();
        g.MapPost("/signout", SignOut);
        g.MapGet("/signin/denied", Denied).AllowAnonymous();
    }

    static IResult Show(HttpContext ctx, IOptions<AuthOptions> auth, string? returnUrl) => Page(ctx, auth.Value, returnUrl, null, null);

    static async Task<IResult> SignIn(HttpContext ctx, [FromForm] SignInForm form, SignInManager<IdentityUser> signIn, IOptions<AuthOptions> auth)
    {
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
        {
            return Page(ctx, auth.Value, form.ReturnUrl, form.UserName, "Enter your user name and password.", StatusCodes.Status400BadRequest);
        }

        var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        var message = result.IsLockedOut
            ? $"Too many failed attempts: this account is locked for up to {auth.Value.LockoutDuration.TotalMinutes:0} minutes. An admin can unlock it sooner."
            : "Wrong user name or password.";
        return Page(ctx, auth.Value, form.ReturnUrl, form.UserName, message, StatusCodes.Status401Unauthorized);
    }

    static async Task<IResult> SignOut(HttpContext ctx, CancellationToken ct)
    {
        await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.Redirect("/signin");
    }

    static IResult Denied(HttpContext ctx) => AuthPage.Render(ctx, "No access", "Your account has no role that allows this page.",
        AuthPage.Link("/signin", "Sign in as someone else"), StatusCodes.Status403Forbidden);

    static IResult Page(HttpContext ctx, AuthOptions auth, string? returnUrl, string? userName, string? error, int status = StatusCodes.Status200OK)
    {
        var body = AuthPage.Form(ctx, "/signin",
            [AuthPage.Input("userName", "User name", value: userName, autocomplete: "username"),
             AuthPage.Input("password", "Password", "password", autocomplete: "current-password"),
             AuthPage.Hidden("returnUrl", SafeReturnUrl(returnUrl))],
            "Sign in");
        if (auth.OpenIdConnect.Enabled)
        {
            body += AuthPage.Link($"{OidcSignIn.ChallengePath}?returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}",
                $"Sign in with {auth.OpenIdConnect.DisplayName}", "button");
        }

        return AuthPage.Render(ctx, "Sign in", error, body, status);
    }

    /// <summary>Only a local path: never a redirect to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/scorecard";
}

sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}
