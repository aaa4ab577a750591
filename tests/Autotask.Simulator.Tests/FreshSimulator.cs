using Microsoft.Extensions.Time.Testing;

namespace Autotask.Simulator.Tests;

/// <summary>
/// A base for tests that change the simulator (faults, settings, records): each test gets its own small
/// tenant on a fake clock, an authenticated client and a client for the control API.
/// </summary>
public abstract class FreshSimulator : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(SimulatorFixture.Now);

    protected SimulatorHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected HttpClient Control { get; private set; } = null!;

    protected SimulatorState State => Host.State;

    /// <summary>Adjusts the options before the simulator starts.</summary>
    protected virtual void Configure(SimulatorOptions options)
    {
    }

    public async ValueTask InitializeAsync()
    {
        var options = new SimulatorOptions { Clock = Clock, HistoryDays = 5 };
        Configure(options);
        Host = await SimulatorHost.StartAsync(options);
        Http = SimulatorFixture.Authenticated(Host);
        Control = new HttpClient { BaseAddress = Host.BaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Control.Dispose();
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
