using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Scorecard.Server.Api;
using Scorecard.Server.Autotask;
using Scorecard.Server.Configuration;
using Scorecard.Server.Dashboard;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Health;
using Scorecard.Server.Features.Scorecards;
using Scorecard.Server.Features.Sync;
using Scorecard.Server.Features.Webhooks;
using Scorecard.Server.Features.Tickets;
using Scorecard.Server.Sync;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:8000");
}

try
{
    builder.AddScorecardConfiguration();
    var mode = builder.AddAutotaskSource();
    builder.AddScorecardDatabase();
    builder.AddScorecardSync(mode);
    builder.AddScorecardApi();

    var app = builder.Build();
    app.ValidateSettings();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    await app.MigrateScorecardDatabaseAsync();

    app.MapHealthEndpoints();
    app.MapSyncEndpoints();
    app.MapWebhookEndpoints();
    app.MapTicketEndpoints();
    app.MapScorecardEndpoints();
    app.MapDashboard();

    app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Scorecard dashboard: {address.TrimEnd('/')}/scorecard");
        }
    });
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is OptionsValidationException or SettingsException)
{
    // A broken setting is reported plainly, without a stack trace.
    await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
    return 1;
}
