using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scorecard.Server.Auth.ApiKeys;
using Scorecard.Server.Auth.Setup;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;

namespace Scorecard.Server.Auth;

/// <summary>
/// Sign-in and access: local accounts (Identity, cookie), API keys (bearer), OpenID Connect when
/// configured. Protect by default: the fallback policy needs a user with a role, so an endpoint
/// is open only when it says <c>AllowAnonymous</c>.
/// </summary>
static class AuthServices
{
    /// <summary>Chooses the scheme per request: a bearer header means an API key, anything else the cookie.</summary>
    public const string SelectorScheme = "Scorecard";

    public static WebApplicationBuilder AddScorecardAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton(EnvironmentKey(builder.Configuration));
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<SetupLink>();
        services.AddScoped<UserAdmin>();

        services.AddIdentityCore<Microsoft.AspNetCore.Identity.IdentityUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ScorecardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((o, auth) =>
        {
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedAttempts;
            o.Lockout.DefaultLockoutTimeSpan = auth.Value.LockoutDuration;
            o.Password.RequiredLength = auth.Value.MinimumPasswordLength;
            o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 4;
            o.User.RequireUniqueEmail = false;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = SelectorScheme;
            o.DefaultChallengeScheme = SelectorScheme;
        });
        auth.AddPolicyScheme(SelectorScheme, "Cookie or API key", o => o.ForwardDefaultSelector = ctx =>
            ApiKeyAuthenticationHandler.HasBearer(ctx.Request) ? ApiKeyAuthenticationHandler.SchemeName
            : Dashboard.Wallboard.WallboardAccess.Wants(ctx.Request) ? Dashboard.Wallboard.WallboardAccess.Scheme
            : IdentityConstants.ApplicationScheme);
        auth.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        auth.AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AuthOptions>, TimeProvider>((o, opts, clock) => ConfigureCookie(o, opts.Value, clock));
        if (settings.OpenIdConnect.Enabled)
        {
            auth.AddScorecardOpenIdConnect(settings.OpenIdConnect);
        }

        // Keys in the database: sign-ins survive restarts and work across instances on one database.
        services.AddDataProtection().SetApplicationName("Scorecard").PersistKeysToDbContext<ScorecardDbContext>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgery.HeaderName;
            o.Cookie.Name = "scorecard.antiforgery";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Viewer, p => p.RequireRole(Roles.Viewer, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Editor, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Viewer, Roles.Editor, Roles.Admin).Build());
        return builder;
    }

    static EnvironmentApiKey EnvironmentKey(IConfiguration configuration)
    {
        var key = configuration[EnvironmentApiKey.Variable];
        if (!string.IsNullOrEmpty(key) && key.Trim().Length < EnvironmentApiKey.MinimumLength)
        {
            // The message never repeats the key.
            throw new SettingsException(
                $"{EnvironmentApiKey.Variable} is too short: use at least {EnvironmentApiKey.MinimumLength} random characters (for example from `openssl rand -hex 32`).");
        }

        return new EnvironmentApiKey(key?.Trim());
    }

    public static WebApplication UseScorecardAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseCookieAntiforgery();
        return app;
    }

    static void ConfigureCookie(CookieAuthenticationOptions o, AuthOptions auth, TimeProvider clock)
    {
        o.Cookie.Name = "scorecard.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.ExpireTimeSpan = auth.SessionLifetime;
        o.SlidingExpiration = true;
        o.LoginPath = "/signin";
        o.LogoutPath = "/signout";
        o.AccessDeniedPath = "/signin/denied";
        o.TimeProvider = clock;
        // Scripts and the API get a status code (a 401/403 problem), people a sign-in page.
        o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request) ? Status(ctx, StatusCodes.Status401Unauthorized) : Redirect(ctx);
        o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request) ? Status(ctx, StatusCodes.Status403Forbidden) : Redirect(ctx);
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi")
        || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    static Task Status(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
