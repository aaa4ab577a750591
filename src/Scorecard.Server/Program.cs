using Scorecard.Server;
using Scorecard.Server.Api;
using Scorecard.Server.Auth;
using Scorecard.Server.Auth.Pages;
using Scorecard.Server.Auth.Setup;
using Scorecard.Server.Cli;
using Scorecard.Server.Configuration;
using Scorecard.Server.Dashboard;
using Scorecard.Server.Data;
using Scorecard.Server.Email;
using Scorecard.Server.Exports;
using Scorecard.Server.Features.ApiKeys;
using Scorecard.Server.Features.Auth;
using Scorecard.Server.Features.Events;
using Scorecard.Server.Features.Health;
using Scorecard.Server.Features.Picklists;
using Scorecard.Server.Features.ScorecardReports;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.Scorecards;
using Scorecard.Server.Features.Sync;
using Scorecard.Server.Features.Webhooks;
using Scorecard.Server.Features.Tickets;
using Scorecard.Server.Features.Users;

// With no verb (or `serve`) the executable serves; `scorecard --help` lists the operator verbs (Cli/).
return await ScorecardCommandLine.RunAsync(args, ServeAsync);

static async Task ServeAsync(string[] args, CancellationToken ct)
{
    var builder = WebApplication.CreateBuilder(args);
    if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    {
        builder.WebHost.UseUrls("http://localhost:8000");
    }

    builder.AddScorecardServices();
    builder.AddScorecardApi();
    builder.AddScorecardHosting();
    builder.AddScorecardOpenApi();
    builder.AddScorecardEvents();
    builder.AddScorecardEmail();
    builder.AddScorecardDashboard();

    var app = builder.Build();
    app.ValidateSettings();
    app.UseScorecardHosting();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseStaticFiles();
    app.UseScorecardAuth();
    app.UseOutputCache(); // after sign-in: the scorecard page is kept per viewer (ViewerPageCache)
    await app.MigrateScorecardDatabaseAsync();
    await app.PrepareStartupBannerAsync();

    // Open to anyone: health for monitors (never a secret). Everything else needs a role (AuthServices).
    app.MapGroup("").AllowAnonymous().MapHealthEndpoints();
    app.MapSignInPages();
    app.MapSetupPages();
    app.MapOidcSignIn();
    app.MapAuthEndpoints();
    app.MapUserEndpoints();
    app.MapApiKeyEndpoints();
    app.MapEventEndpoints();
    app.MapSyncEndpoints();
    app.MapWebhookEndpoints();
    app.MapTicketEndpoints();
    app.MapScorecardEndpoints();
    app.MapScorecardDefinitions();
    app.MapScorecardReports();
    app.MapPicklists();
    app.MapExportEndpoints();
    app.MapDashboard();
    app.MapScorecardOpenApi();

    await app.RunAsync();
}
