using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Autotask.Simulator;

/// <summary>
/// A simulator running inside another process (tests, the Scorecard demo mode) on a loopback
/// port of its own, serving exactly what the standalone simulator serves.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    readonly WebApplication app;

    SimulatorHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The simulator's root, e.g. <c>http://127.0.0.1:41234/</c>; zone discovery answers under it.</summary>
    public Uri BaseUrl { get; }

    public SimulatorState State => app.Services.GetRequiredService<SimulatorState>();

    public SimulatorOptions Options => State.Options;

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, string url = "http://127.0.0.1:0",
        CancellationToken cancellationToken = default)
    {
        // An empty builder reads no appsettings or environment of the host process.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().UseUrls(url);
        builder.Services.AddRoutingCore();
        builder.Services.AddAutotaskSimulator(options);
        var app = builder.Build();
        app.MapAutotaskSimulator();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
