using Autotask.Simulator.Demo;
using Autotask.Simulator.Faults;
using Autotask.Simulator.Limits;
using Autotask.Simulator.Tenant;

namespace Autotask.Simulator;

/// <summary>The running simulator: its options, its tenant and what it has been asked.</summary>
public sealed class SimulatorState
{
    public SimulatorState(SimulatorOptions options)
    {
        Options = options;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        Tenant = Generate(options, Zone);
        Budget = new HourlyBudget(options.Clock, options.HourlyRequestThreshold);
    }

    public HourlyBudget Budget { get; }

    public SimulatorOptions Options { get; }

    public TimeZoneInfo Zone { get; }

    public TenantData Tenant { get; private set; }

    public RequestLog Requests { get; } = new();

    /// <summary>Scripted and random faults (429s, 500s, slow or hung responses, dropped connections, thread-limit errors).</summary>
    public FaultInjector Faults { get; } = new();

    public TimeProvider Clock => Options.Clock;

    /// <summary>Regenerates the tenant from a seed, as of the simulator clock's "now".</summary>
    public void Reset(int? seed = null)
    {
        if (seed is { } s)
        {
            Options.Seed = s;
        }

        Tenant = Generate(Options, Zone);
        Requests.Clear();
        Budget.Clear();
        Faults.Clear();
    }

    static TenantData Generate(SimulatorOptions o, TimeZoneInfo zone) =>
        DemoTenantGenerator.Generate(new DemoSettings(o.Seed, o.Scale, o.Clock.GetUtcNow().UtcDateTime, zone, o.HistoryDays));
}
