using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Scorecard.Server.Auth.Setup;

namespace Scorecard.Server.Auth.Pages;

/// <summary>The first-run page the setup link opens: it creates the first admin, once.</summary>
static class SetupEndpoints
{
    const string Spent = "This setup link is not valid: it was already used, or an account exists. Sign in instead, or ask an admin.";

    public static void MapSetupPages(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(SetupLink.Path).ExcludeFromDescription().AllowAnonymous();
        g.MapGet("", Show);
        g.MapPost("", Create);
    }

    static async Task<IResult> Show(HttpContext ctx, string? token, SetupLink setup, CancellationToken ct) =>
        await setup.IsValidAsync(token, ct) ? Page(ctx, token!, null, null) : Invalid(ctx);

    static async Task<IResult> Create(HttpContext ctx, [FromForm] SetupForm form, SetupLink setup, UserAdmin admin,
        SignInManager<IdentityUser> signIn, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
        {
            return await setup.IsValidAsync(form.Token, ct)
                ? Page(ctx, form.Token!, form.UserName, "Choose a user name and a password.", StatusCodes.Status400BadRequest)
                : Invalid(ctx);
        }

        if (form.Password != form.ConfirmPassword)
        {
            return await setup.IsValidAsync(form.Token, ct)
                ? Page(ctx, form.Token!, form.UserName, "The two passwords differ.", StatusCodes.Status400BadRequest)
                : Invalid(ctx);
        }

        IdentityUser? created = null;
        var result = await setup.RedeemAsync(form.Token, async () =>
        {
            var (user, r) = await admin.CreateAsync(form.UserName, form.Email, form.Password, Roles.Admin);
            created = user;
            return r;
        }, ct);
        if (result is null)
        {
            return Invalid(ctx);
        }

        if (!result.Succeeded || created is null)
        {
            return Page(ctx, form.Token!, form.UserName, UserAdmin.Describe(result), StatusCodes.Status400BadRequest);
        }

        await signIn.SignInAsync(created, isPersistent: false);
        return Results.LocalRedirect("/scorecard");
    }

    static IResult Invalid(HttpContext ctx) =>
        AuthPage.Render(ctx, "Set up Scorecard", Spent, AuthPage.Link("/signin", "Sign in"), StatusCodes.Status404NotFound);

    static IResult Page(HttpContext ctx, string token, string? userName, string? error, int status = StatusCodes.Status200OK) =>
        AuthPage.Render(ctx, "Set up Scorecard", error,
            AuthPage.Text("Create the first administrator. This link works once.") +
            AuthPage.Form(ctx, SetupLink.Path,
                [AuthPage.Input("userName", "User name", value: userName, autocomplete: "username"),
                 AuthPage.Input("email", "E-mail (optional)", "email", autocomplete: "email").Replace(" required>", ">", StringComparison.Ordinal),
                 AuthPage.Input("password", "Password", "password", autocomplete: "new-password"),
                 AuthPage.Input("confirmPassword", "Password again", "password", autocomplete: "new-password"),
                 AuthPage.Hidden("token", token)],
                "Create administrator"),
            status);
}

/// <summary>The form's fields; any may be missing (a property per field, since a form need not send them all).</summary>
sealed class SetupForm
{
    public string? Token { get; set; }
    public string? UserName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}
