namespace Autotask.Simulator.Limits;

/// <summary>
/// Autotask's request threshold: a rolling 60-minute count per database (10,000 by default).
/// Calls beyond it are refused until old ones fall out of the window.
/// </summary>
public sealed class HourlyBudget(TimeProvider clock, int threshold)
{
    static readonly TimeSpan Window = TimeSpan.FromHours(1);
    readonly Queue<DateTimeOffset> calls = new();
    readonly Lock gate = new();

    public int Threshold { get; set; } = threshold;

    public int CurrentCount
    {
        get
        {
            lock (gate)
            {
                Expire(clock.GetUtcNow());
                return calls.Count;
            }
        }
    }

    /// <summary>Counts a call, or returns how long until one fits when the threshold is reached.</summary>
    public bool TryConsume(out TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            Expire(now);
            if (calls.Count >= Threshold)
            {
                retryAfter = calls.Peek() + Window - now;
                return false;
            }

            calls.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }

    void Expire(DateTimeOffset now)
    {
        while (calls.Count > 0 && calls.Peek() <= now - Window)
        {
            calls.Dequeue();
        }
    }
}
