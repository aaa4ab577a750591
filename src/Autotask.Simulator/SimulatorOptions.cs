using Autotask.Simulator.Demo;

namespace Autotask.Simulator;

/// <summary>How a simulator instance is set up. Every value has a working default.</summary>
public sealed class SimulatorOptions
{
    public int Seed { get; set; } = 42;

    public DemoScale Scale { get; set; } = DemoScale.Demo;

    /// <summary>The tenant's local time zone (IANA).</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public int HistoryDays { get; set; } = 365;

    // Obviously fake demo credentials: the simulator prints them, and they open nothing real.
    public string UserName { get; set; } = "demo-api-user@northwind-msp.example";

    public string Secret { get; set; } = "demo-secret-not-real";

    public string IntegrationCode { get; set; } = "DEMO-INTEGRATION-CODE-NOT-REAL";

    /// <summary>
    /// Further integration codes the tenant accepts with the same user, as when several integrations share a
    /// database: they share the hourly threshold but each has its own per-endpoint thread limit.
    /// </summary>
    public IList<string> OtherIntegrationCodes { get; } = [];

    /// <summary>0 keeps the tenant still; 1 lets it work in real time; above 1 speeds it up.</summary>
    public double LiveSpeed { get; set; }

    public int HourlyRequestThreshold { get; set; } = 10_000;

    public SimulatorBehaviour Behaviour { get; set; } = new();

    /// <summary>The simulator's clock; tests pass a fake one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
