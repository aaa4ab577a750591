using Radzen;
using Scorecard.Server.Caching;
using Scorecard.Server.Dashboard.Pages;
using Scorecard.Server.Dashboard.Shared;
using Scorecard.Server.Dashboard.Live;
using Scorecard.Server.Dashboard.Wallboard;

namespace Scorecard.Server.Dashboard;

/// <summary>
/// The dashboard: Razor components rendered on the server (static by default, Blazor Server only
/// where a page needs it), Radzen for grids, charts and inputs, all assets served from this process.
/// </summary>
static class DashboardServices
{
    public static WebApplicationBuilder AddScorecardDashboard(this WebApplicationBuilder builder)
    {
        // Package assets (Radzen, the Blazor script) come from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<ScorecardPageData>();
        builder.Services.AddSharedReads().AddSingleton<ScorecardPageMarkup>();
        builder.Services.AddSingleton<FreshnessReader>(); // holds the read shared by concurrent views
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(ViewerPageCache.PolicyName, new ViewerPageCache());
            o.SizeLimit = 64L * 1024 * 1024; // a page is ~30 KB: some two thousand views kept at most
        });
        builder.Services.AddScoped<Labels>();
        builder.Services.AddSingleton<AutotaskLinks>();
        builder.AddWallboardAccess();
        return builder;
    }

    public static void MapDashboard(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/scorecard")).ExcludeFromDescription();
        app.MapStaticAssets().AllowAnonymous();
        app.MapFreshness();
        app.MapWallboardAccess();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
