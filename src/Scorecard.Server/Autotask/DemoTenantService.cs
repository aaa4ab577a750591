using Autotask.Simulator;

namespace Scorecard.Server.Autotask;

/// <summary>
/// Runs the built-in simulated tenant inside the server on a loopback port the operating system picks
/// (port 0, so no race with another program), while the server runs. It starts the first time its
/// address is needed (when the Autotask client's options are read) or with the host, whichever is first.
/// </summary>
sealed class DemoTenantService(SimulatorOptions options, ILogger<DemoTenantService> logger) : IHostedService, IAsyncDisposable
{
    readonly Lock gate = new();
    SimulatorHost? host;
    bool stopped;

    /// <summary>The simulator's root; zone discovery answers under it and points at itself.</summary>
    public Uri BaseUrl => EnsureStarted().BaseUrl;

    public SimulatorHost? Host => host;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureStarted();
        return Task.CompletedTask;
    }

    SimulatorHost EnsureStarted()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopped, this);
            if (host is null)
            {
                // Options are read synchronously; Kestrel's start is quick and there is no synchronization context here.
                host = SimulatorHost.StartAsync(options).GetAwaiter().GetResult();
                logger.LogInformation("No Autotask credentials configured: serving the built-in demo tenant ({Tickets} tickets, seed {Seed}) at {Url}",
                    host.State.Tenant.Tickets.RowCount, options.Seed, host.BaseUrl);
            }

            return host;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        SimulatorHost? running;
        lock (gate)
        {
            stopped = true;
            running = host;
            host = null;
        }

        if (running is not null)
        {
            await running.DisposeAsync();
        }
    }
}
