using System.Globalization;
using Autotask.Simulator.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Autotask.Simulator;

/// <summary>
/// The standalone simulator:
/// <c>dotnet run --project src/Autotask.Simulator -- --urls http://127.0.0.1:5099 --seed 42 --scale demo --live off</c>.
/// It prints the credentials it accepts, one per line.
/// </summary>
public static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        SimulatorOptions options;
        try
        {
            options = SimulatorCommandLine.Read(builder.Configuration);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5099");
        }

        // The standalone simulator owns its clock, so the control API can move it forward.
        options.Clock = new Live.ShiftableClock(TimeProvider.System);
        builder.Services.AddAutotaskSimulator(options);
        var app = builder.Build();
        app.MapAutotaskSimulator();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            var state = app.Services.GetRequiredService<SimulatorState>();
            Console.WriteLine($"Autotask simulator: {string.Join(", ", addresses)} (seed {options.Seed}, scale {options.Scale.ToString().ToLowerInvariant()}, " +
                $"{state.Tenant.Tickets.RowCount} tickets, {state.Tenant.TimeEntries.RowCount} time entries, time zone {options.TimeZone})");
            Console.WriteLine($"UserName: {options.UserName}");
            Console.WriteLine($"Secret: {options.Secret}");
            Console.WriteLine($"ApiIntegrationCode: {options.IntegrationCode}");
        });
        await app.RunAsync();
        return 0;
    }
}

/// <summary>Reads <c>--seed</c>, <c>--scale</c>, <c>--live</c> and the other settings from configuration.</summary>
public static class SimulatorCommandLine
{
    public static SimulatorOptions Read(IConfiguration config)
    {
        var o = new SimulatorOptions();
        if (config["seed"] is { } seed)
        {
            o.Seed = int.TryParse(seed, CultureInfo.InvariantCulture, out var s) ? s : throw new FormatException($"--seed must be an integer, not '{seed}'.");
        }

        if (config["scale"] is { } scale)
        {
            o.Scale = Enum.TryParse<DemoScale>(scale, ignoreCase: true, out var sc) && Enum.IsDefined(sc)
                ? sc
                : throw new FormatException($"--scale must be demo, large or xl, not '{scale}'.");
        }

        if (config["live"] is { } live)
        {
            o.LiveSpeed = ParseLive(live);
        }

        if (config["time-zone"] is { } zone)
        {
            o.TimeZone = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : throw new FormatException($"--time-zone '{zone}' is not a known time zone.");
        }

        if (config["history-days"] is { } days)
        {
            o.HistoryDays = int.TryParse(days, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 3660
                ? d
                : throw new FormatException($"--history-days must be between 1 and 3660, not '{days}'.");
        }

        if (config["threshold"] is { } threshold)
        {
            o.HourlyRequestThreshold = int.TryParse(threshold, CultureInfo.InvariantCulture, out var t) && t > 0
                ? t
                : throw new FormatException($"--threshold must be a positive integer, not '{threshold}'.");
        }

        o.UserName = config["username"] ?? o.UserName;
        o.Secret = config["secret"] ?? o.Secret;
        o.IntegrationCode = config["integration-code"] ?? o.IntegrationCode;
        return o;
    }

    /// <summary><c>off</c> = still, <c>on</c> = real time, a number = that many times faster.</summary>
    public static double ParseLive(string live) => live.ToLowerInvariant() switch
    {
        "off" or "0" => 0,
        "on" => 1,
        _ when double.TryParse(live.TrimEnd('x', 'X'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 => v,
        _ => throw new FormatException($"--live must be on, off or a speed-up factor such as 60, not '{live}'."),
    };
}
