using Autotask.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>A simulated Autotask tenant frozen at a known instant, shared by a test class.</summary>
public sealed class TestTenant : IAsyncLifetime
{
    /// <summary>Wednesday 2026-11-25 10:00 in New York: week 48 is in progress; 100 days cover the 13 weeks the dashboard shows.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public const string TimeZone = "America/New_York";

    public FakeTimeProvider Clock { get; } = new(Now);

    public SimulatorHost Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = Clock, HistoryDays = 100, Seed = 2026, TimeZone = TimeZone });

    public async ValueTask DisposeAsync() => await Simulator.DisposeAsync();
}
