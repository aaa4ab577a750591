using Autotask.Simulator.Http;

namespace Autotask.Simulator;

/// <summary>Wires the simulator into a web application; used standalone and in-process alike.</summary>
public static class SimulatorApp
{
    public static IServiceCollection AddAutotaskSimulator(this IServiceCollection services, SimulatorOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SimulatorState>();
        services.AddHostedService<Live.LiveTenantService>();
        return services;
    }

    public static WebApplication MapAutotaskSimulator(this WebApplication app)
    {
        // Build the tenant now rather than on the first request.
        _ = app.Services.GetRequiredService<SimulatorState>();
        app.UseMiddleware<AutotaskGate>();
        app.MapZoneDiscovery();
        app.MapEntities();
        app.MapSimulatorControl();
        return app;
    }
}
