using Autotask.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>
/// A simulator for tests that inject faults or limits, on a <see cref="SteppingClock"/> shared with
/// the client so back-offs, governor waits, slow responses and timeouts all run on test time.
/// </summary>
public sealed class FaultFixture : IAsyncLifetime
{
    public SteppingClock Clock { get; } = new(ClientFixture.Now);

    public SimulatorHost Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = Clock.Simulator, HistoryDays = 45, Seed = 11 });

    /// <summary>A fresh client (its own budget and gate) with the simulator's faults and counters cleared.</summary>
    public ServiceProvider Services(Action<AutotaskClientOptions>? configure = null, Action<IServiceCollection>? more = null)
    {
        Simulator.State.Faults.Clear();
        Simulator.State.Requests.Clear();
        var services = new ServiceCollection();
        services.AddSingleton(Clock.Client);
        services.AddAutotaskClient(o =>
        {
            o.UserName = Simulator.Options.UserName;
            o.Secret = Simulator.Options.Secret;
            o.IntegrationCode = Simulator.Options.IntegrationCode;
            o.DiscoveryUrl = Simulator.BaseUrl;
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(o);
        }).AddHttpMessageHandler(Clock.InFlightCounter);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await Simulator.DisposeAsync();
}
