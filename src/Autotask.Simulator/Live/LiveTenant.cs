using Autotask.Simulator.Demo;
using Autotask.Simulator.Tenant;

namespace Autotask.Simulator.Live;

/// <summary>
/// Keeps the tenant working as its clock moves: new tickets and alerts, first responses, status changes,
/// time entries, notes, completions and the odd reopen, each through <see cref="Changes.TenantChanges"/>
/// so stamps move and webhooks fire. Time is cut into 10-second slices of the simulator's clock and each
/// slice draws from its own seeded random, so the same clock movements give the same tenant however the
/// ticks fall. <see cref="SimulatorOptions.LiveSpeed"/> multiplies the activity rates; 0 keeps it still.
/// Nothing happens unless the clock moves.
/// </summary>
public sealed class LiveTenant(SimulatorState state)
{
    public static readonly TimeSpan Slice = TimeSpan.FromSeconds(10);

    /// <summary>A catch-up never replays more than this much clock time (e.g. after a big clock jump).</summary>
    public static readonly TimeSpan MaxCatchUp = TimeSpan.FromDays(1);

    readonly Lock gate = new();
    LiveCast? cast;
    long lastSlice = SliceOf(state.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Changes made by the live tenant so far.</summary>
    public int Changes { get; private set; }

    /// <summary>Plays every whole slice between the last catch-up and now; returns the changes made.</summary>
    public int CatchUp()
    {
        lock (gate)
        {
            var now = SliceOf(state.Clock.GetUtcNow().UtcDateTime);
            var first = Math.Max(lastSlice + 1, now - (MaxCatchUp.Ticks / Slice.Ticks));
            var made = 0;
            if (state.Options.LiveSpeed > 0)
            {
                for (var slice = first; slice <= now; slice++)
                {
                    made += Play(slice);
                }
            }

            lastSlice = Math.Max(lastSlice, now);
            Changes += made;
            return made;
        }
    }

    int Play(long slice)
    {
        var at = new DateTime(slice * Slice.Ticks, DateTimeKind.Utc);
        var rnd = new DemoRandom(unchecked((state.Options.Seed * 1_000_003) ^ (int)slice ^ (int)(slice >> 32)));
        var tenant = state.Tenant;
        var local = TimeZoneInfo.ConvertTimeFromUtc(at, tenant.Zone);
        var busy = Holidays.IsWorkday(DateOnly.FromDateTime(local)) && local.Hour is >= 8 and < 18 ? 1.0 : 0.08;
        var perSlice = state.Options.LiveSpeed * Slice.TotalMinutes;
        if (cast?.Tenant != tenant)
        {
            cast = new LiveCast(tenant); // first slice, or the tenant was reset
        }

        using var asOf = state.Changes.AsOf(at);
        var work = new LiveWork(state, cast, rnd, at);
        var made = 0;
        made += work.Repeat(rnd.Poisson(0.05 * busy * perSlice), work.NewTicket);
        made += work.Repeat(rnd.Poisson(0.065 * perSlice), work.NewAlert);
        made += work.Repeat(rnd.Poisson(0.25 * busy * perSlice), work.Progress);
        return made;
    }

    static long SliceOf(DateTime utc) => utc.Ticks / Slice.Ticks;
}
