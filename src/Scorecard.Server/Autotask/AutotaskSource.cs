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
    public static AutotaskMode AddAutotaskSource(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var scorecard = config.GetSection(ScorecardOptions.Section).Get<ScorecardOptions>() ?? new ScorecardOptions();
        var mode = !string.IsNullOrWhiteSpace(config["Autotask:UserName"]) ? AutotaskMode.Configured
            : scorecard.Demo.Enabled ? AutotaskMode.Demo
            : AutotaskMode.NotConfigured;
        builder.Services.AddSingleton(new AutotaskStatus(mode));

        if (mode == AutotaskMode.Demo)
        {
            var simulator = DemoSimulatorOptions(scorecard);
            // Started first among the hosted services, so the sync finds it running; the client learns its
            // address (port 0, picked when it starts) through its options.
            builder.Services.AddSingleton(sp => new DemoTenantService(simulator, sp.GetRequiredService<ILogger<DemoTenantService>>()));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoTenantService>());
            builder.Services.AddOptions<AutotaskClientOptions>().Configure<DemoTenantService>((o, demo) => o.DiscoveryUrl = demo.BaseUrl);
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Autotask:UserName"] = simulator.UserName,
                ["Autotask:Secret"] = simulator.Secret,
                ["Autotask:IntegrationCode"] = simulator.IntegrationCode,
            });
        }

        if (mode != AutotaskMode.NotConfigured)
        {
            // Innermost: counts every call a sync step or webhook refresh makes, retries included.
            builder.Services.AddTransient<Sync.CallCountingHandler>();
            builder.Services.AddAutotaskClient().AddHttpMessageHandler<Sync.CallCountingHandler>();
        }

        return mode;
    }

    static SimulatorOptions DemoSimulatorOptions(ScorecardOptions scorecard) => new()
    {
        Seed = scorecard.Demo.Seed,
        Scale = Enum.TryParse<DemoScale>(scorecard.Demo.Scale, true, out var scale) ? scale : DemoScale.Demo,
        HistoryDays = scorecard.Demo.HistoryDays,
        LiveSpeed = scorecard.Demo.LiveSpeed,
        TimeZone = TimeZoneInfo.TryFindSystemTimeZoneById(scorecard.TimeZone, out _) ? scorecard.TimeZone : "America/New_York",
    };
}
