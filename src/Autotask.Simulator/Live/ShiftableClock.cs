namespace Autotask.Simulator.Live;

/// <summary>
/// The standalone simulator's clock: real time plus an offset that the control API can move forward
/// ("advance the clock"), so a demo can jump a day ahead. Timers keep running in real time.
/// </summary>
public sealed class ShiftableClock(TimeProvider inner) : TimeProvider
{
    long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
