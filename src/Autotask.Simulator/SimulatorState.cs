using Autotask.Simulator.Changes;
using Autotask.Simulator.Demo;
using Autotask.Simulator.Faults;
using Autotask.Simulator.Limits;
using Autotask.Simulator.Live;
using Autotask.Simulator.Tenant;
using Autotask.Simulator.Webhooks;

namespace Autotask.Simulator;

/// <summary>The running simulator: its options, its tenant and what it has been asked.</summary>
public sealed class SimulatorState : IAsyncDisposable
{
    public SimulatorState(SimulatorOptions options)
    {
        Options = options;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        Tenant = Generate(options, Zone);
        Budget = new HourlyBudget(options.Clock, options.HourlyRequestThreshold);
        Webhooks = new WebhookDispatcher(() => Tenant, options);
        Changes = new TenantChanges(() => Tenant, options.Clock, Webhooks);
        Live = new LiveTenant(this);
    }

    /// <summary>The tenant at work as the clock moves (see <see cref="SimulatorOptions.LiveSpeed"/>).</summary>
    public LiveTenant Live { get; }

    /// <summary>Moves the clock forward when the simulator owns it (the standalone <see cref="ShiftableClock"/>); false otherwise.</summary>
    public bool TryAdvanceClock(TimeSpan by)
    {
        if (Options.Clock is not ShiftableClock shiftable)
        {
            return false;
        }

        shiftable.Advance(by);
        Live.CatchUp();
        return true;
    }

    /// <summary>Delivers ticket events to the tenant's webhooks.</summary>
    public WebhookDispatcher Webhooks { get; }

    /// <summary>Changes made as Autotask makes them: stamps, completedDate, deletion logs and webhooks.</summary>
    public TenantChanges Changes { get; }

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

    public ValueTask DisposeAsync() => Webhooks.DisposeAsync();
}
