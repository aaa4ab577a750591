namespace Autotask.Simulator.Limits;

/// <summary>
/// Requests in flight per (integration code, entity endpoint), the most ever seen at once, and how
/// many were turned away. Autotask allows 3 concurrent threads per integration code and object
/// endpoint (autotask-api.md §5); the limit and what happens beyond it are settings.
/// </summary>
public sealed class ConcurrencyTracker
{
    readonly Lock gate = new();
    readonly Dictionary<(string Code, string Entity), Slot> slots = new(KeyComparer.Instance);
    readonly List<(string Entity, int Count, TaskCompletionSource Done)> watchers = [];

    /// <summary>
    /// Counts a request in. Returns false when it is over <paramref name="limit"/> and should be refused
    /// (it still counts toward <see cref="ConcurrencyCount.MaxInFlight"/>: that is what the client did).
    /// With <paramref name="wait"/> an excess request instead waits for a slot, as older integrations' added latency.
    /// Every call, admitted or not, must be matched by <see cref="Exit"/>.
    /// </summary>
    public async ValueTask<bool> EnterAsync(string code, string entity, int limit, bool wait, CancellationToken ct)
    {
        Slot slot;
        TaskCompletionSource? turn = null;
        lock (gate)
        {
            if (!slots.TryGetValue((code, entity), out slot!))
            {
                slots[(code, entity)] = slot = new Slot(code, entity);
            }

            slot.InFlight++;
            slot.Max = Math.Max(slot.Max, slot.InFlight);
            Notify(slot);
            if (slot.Running < limit)
            {
                slot.Running++;
                return true;
            }

            if (!wait)
            {
                slot.Rejected++;
                return false;
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.Waiting.Enqueue(turn);
        }

        using (ct.Register(() => turn.TrySetCanceled(ct)))
        {
            await turn.Task; // Exit hands the slot over; Running stays counted for us.
        }

        return true;
    }

    public void Exit(string code, string entity, bool admitted)
    {
        lock (gate)
        {
            var slot = slots[(code, entity)];
            slot.InFlight--;
            if (!admitted)
            {
                return;
            }

            // Hand the slot to the next waiter still waiting; otherwise free it.
            while (slot.Waiting.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            slot.Running--;
        }
    }

    /// <summary>Completes when <paramref name="count"/> requests are in flight on an entity at once, so tests need not poll.</summary>
    public Task WhenInFlight(string entity, int count)
    {
        lock (gate)
        {
            if (slots.Values.Any(s => Same(s.Entity, entity) && s.InFlight >= count))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((entity, count, done));
            return done.Task;
        }
    }

    void Notify(Slot slot)
    {
        for (var i = watchers.Count - 1; i >= 0; i--)
        {
            if (Same(watchers[i].Entity, slot.Entity) && slot.InFlight >= watchers[i].Count)
            {
                watchers[i].Done.TrySetResult();
                watchers.RemoveAt(i);
            }
        }
    }

    public int MaxInFlight(string entity, string? code = null)
    {
        lock (gate)
        {
            return slots.Values.Where(s => Same(s.Entity, entity) && (code is null || s.Code == code)).Select(s => s.Max).DefaultIfEmpty().Max();
        }
    }

    public IReadOnlyList<ConcurrencyCount> Snapshot()
    {
        lock (gate)
        {
            return slots.Values.OrderBy(s => s.Entity, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => new ConcurrencyCount(s.Code, s.Entity, s.InFlight, s.Max, s.Rejected)).ToList();
        }
    }

    /// <summary>Forgets the maxima and rejections; requests still in flight stay counted.</summary>
    public void ClearCounters()
    {
        lock (gate)
        {
            foreach (var s in slots.Values)
            {
                s.Max = s.InFlight;
                s.Rejected = 0;
            }
        }
    }

    static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    sealed class Slot(string code, string entity)
    {
        public string Code { get; } = code;
        public string Entity { get; } = entity;
        public int InFlight { get; set; }
        public int Running { get; set; }
        public int Max { get; set; }
        public int Rejected { get; set; }
        public Queue<TaskCompletionSource> Waiting { get; } = new();
    }

    sealed class KeyComparer : IEqualityComparer<(string Code, string Entity)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Code, string Entity) x, (string Code, string Entity) y) =>
            string.Equals(x.Code, y.Code, StringComparison.Ordinal) && Same(x.Entity, y.Entity);

        public int GetHashCode((string Code, string Entity) k) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(k.Code), StringComparer.OrdinalIgnoreCase.GetHashCode(k.Entity));
    }
}

/// <summary>Concurrency seen on one endpoint for one integration code.</summary>
public sealed record ConcurrencyCount(string IntegrationCode, string Entity, int InFlight, int MaxInFlight, int Rejected);
