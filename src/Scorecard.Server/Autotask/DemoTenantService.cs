using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Autotask.Simulator;

namespace Scorecard.Server.Autotask;

/// <summary>
/// Runs the built-in simulated tenant inside the server, on a loopback port of its own, while the
/// server runs. It starts as the first hosted service, so the sync finds it up.
/// </summary>
sealed class DemoTenantService(SimulatorOptions options, Uri baseUrl, ILogger<DemoTenantService> logger) : IHostedService, IAsyncDisposable
{
    SimulatorHost? host;

    public Uri BaseUrl { get; } = baseUrl;

    public SimulatorHost? Host => host;

    /// <summary>A free loopback port chosen now, so the client can be configured before the simulator starts.</summary>
    public static Uri ReserveLoopbackUrl()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        host = await SimulatorHost.StartAsync(options, BaseUrl.ToString().TrimEnd('/'), cancellationToken);
        logger.LogInformation("No Autotask credentials configured: serving the built-in demo tenant ({Tickets} tickets, seed {Seed}) at {Url}",
            host.State.Tenant.Tickets.RowCount, options.Seed, host.BaseUrl);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref host, null) is { } running)
        {
            await running.DisposeAsync();
        }
    }
}
