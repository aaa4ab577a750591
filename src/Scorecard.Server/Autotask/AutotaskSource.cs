using System.Globalization;
using Autotask.Client;
using Autotask.Simulator;
using Autotask.Simulator.Demo;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Autotask;

/// <summary>
/// Chooses the Autotask tenant: the configured one, or with no credentials the built-in simulator
/// started in-process on a loopback port, so <c>dotnet run</c> works with zero setup.
/// </summary>
static class AutotaskSource
{
    public static async Task<AutotaskMode> AddAutotaskSourceAsync(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var scorecard = config.GetSection(ScorecardOptions.Section).Get<ScorecardOptions>() ?? new ScorecardOptions();
        var mode = !string.IsNullOrWhiteSpace(config["Autotask:UserName"]) ? AutotaskMode.Configured
            : scorecard.Demo.Enabled ? AutotaskMode.Demo
            : AutotaskMode.NotConfigured;
        builder.Services.AddSingleton(new AutotaskStatus(mode));

        if (mode == AutotaskMode.Demo)
        {
            var simulator = await StartDemoTenantAsync(scorecard);
            builder.Services.AddSingleton(simulator);
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Autotask:UserName"] = simulator.Options.UserName,
                ["Autotask:Secret"] = simulator.Options.Secret,
                ["Autotask:IntegrationCode"] = simulator.Options.IntegrationCode,
                // Discover the zone like a real tenant: the simulator's zone points at itself.
                ["Autotask:DiscoveryUrl"] = simulator.BaseUrl.ToString(),
            });
        }

        if (mode != AutotaskMode.NotConfigured)
        {
            builder.Services.AddAutotaskClient();
        }

        return mode;
    }

    static async Task<SimulatorHost> StartDemoTenantAsync(ScorecardOptions scorecard)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(scorecard.TimeZone, out _) ? scorecard.TimeZone : "America/New_York";
        var options = new SimulatorOptions
        {
            Seed = scorecard.Demo.Seed,
            Scale = Enum.TryParse<DemoScale>(scorecard.Demo.Scale, true, out var scale) ? scale : DemoScale.Demo,
            HistoryDays = scorecard.Demo.HistoryDays,
            TimeZone = zone,
        };
        var host = await SimulatorHost.StartAsync(options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"No AUTOTASK_USERNAME set: using the built-in demo tenant ({host.State.Tenant.Tickets.RowCount} tickets) at {host.BaseUrl}"));
        return host;
    }
}
