using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Scorecard.Server.Auth.Setup;

/// <summary>
/// What the server prints once it listens: the dashboard URL and, on first run (no accounts yet),
/// the one-time setup link. Written to the console, not the log, like Jupyter's token.
/// </summary>
static class StartupBanner
{
    public static async Task PrepareStartupBannerAsync(this WebApplication app)
    {
        var token = await app.Services.GetRequiredService<SetupLink>().PrepareAsync(app.Lifetime.ApplicationStopping);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses.Select(a => a.TrimEnd('/')))
            {
                Console.WriteLine($"Scorecard dashboard: {address}/scorecard");
                if (token is not null)
                {
                    Console.WriteLine($"No accounts yet. Create the first admin (this link works once): {address}{SetupLink.Path}?token={token}");
                }
            }
        });
    }
}
