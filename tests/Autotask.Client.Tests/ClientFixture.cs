using Autotask.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Client.Tests;

/// <summary>An in-process simulator and a way to build clients for it through dependency injection.</summary>
public sealed class ClientFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public SimulatorHost Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = Clock, HistoryDays = 45, Seed = 11 });

    /// <summary>A client as an application gets it from AddAutotaskClient, discovering the simulator's zone.</summary>
    public ServiceProvider Services(Action<AutotaskClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddAutotaskClient(o =>
        {
            o.UserName = Simulator.Options.UserName;
            o.Secret = Simulator.Options.Secret;
            o.IntegrationCode = Simulator.Options.IntegrationCode;
            o.DiscoveryUrl = Simulator.BaseUrl;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await Simulator.DisposeAsync();
}
