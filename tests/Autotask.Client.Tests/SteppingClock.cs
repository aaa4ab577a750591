using Microsoft.Extensions.Time.Testing;

namespace Autotask.Client.Tests;

/// <summary>
/// One fake clock seen by the client and by the simulator through two views that know their pending
/// timers. <see cref="RunAsync"/> moves time to the next timer only when every request in flight is
/// held by the simulator on that clock (a slow or hung response), or none is in flight (a back-off,
/// a governor wait): so no test sleeps, and no real request ever times out on test time.
/// </summary>
public sealed class SteppingClock
{
    readonly FakeTimeProvider fake;
    readonly Lock gate = new();
    readonly HashSet<Tracked> clientTimers = [], simulatorTimers = [];
    readonly SemaphoreSlim changed = new(0);
    int inFlight, abandoned, released;

    public SteppingClock(DateTimeOffset start)
    {
        fake = new FakeTimeProvider(start);
        Client = new View(this, clientTimers);
        Simulator = new View(this, simulatorTimers);
    }

    /// <summary>The client's clock.</summary>
    public TimeProvider Client { get; }

    /// <summary>The simulator's clock; each timer pending on it holds a request.</summary>
    public TimeProvider Simulator { get; }

    /// <summary>
    /// The client's attempt timeout. Its timer starts a moment before the request is counted in flight,
    /// so time moves to it only while the simulator holds every request in flight.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    /// <summary>Counts the client's requests in flight; add it as the client's innermost handler.</summary>
    public DelegatingHandler InFlightCounter() => new Counter(this);

    /// <summary>Runs <paramref name="work"/> to the end, advancing to each pending timer no further than <paramref name="maxStep"/> away.</summary>
    public async Task<T> RunAsync<T>(Task<T> work, TimeSpan maxStep)
    {
        await RunAsync((Task)work, maxStep);
        return await work;
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public async Task RunAsync(Task work, TimeSpan maxStep)
    {
        while (!work.IsCompleted)
        {
            if (Step(maxStep) is { } step)
            {
                fake.Advance(step);
                await Task.Yield();
                continue;
            }

            await Task.WhenAny(work, changed.WaitAsync(TestContext.Current.CancellationToken));
        }

        await work;
    }

    TimeSpan? Step(TimeSpan maxStep)
    {
        lock (gate)
        {
            // A request the client gave up on stays held by the simulator until the server notices it.
            // Requests abandoned and simulator waits cancelled come in either order; their difference is still held.
            var held = Math.Max(0, simulatorTimers.Count - Math.Max(0, abandoned - released));
            var flying = Volatile.Read(ref inFlight);
            var due = clientTimers.Concat(simulatorTimers)
                .Where(t => t.Due != DateTimeOffset.MaxValue && (!t.IsRequestTimeout || held > 0))
                .Select(t => t.Due).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            if (flying > held || due == DateTimeOffset.MaxValue || due - fake.GetUtcNow() > maxStep)
            {
                return null;
            }

            var step = due - fake.GetUtcNow();
            return step > TimeSpan.Zero ? step : TimeSpan.FromTicks(1);
        }
    }

    void Changed() => changed.Release();

    sealed class View(SteppingClock owner, HashSet<Tracked> timers) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => owner.fake.GetUtcNow();

        public override long GetTimestamp() => owner.fake.GetTimestamp();

        public override long TimestampFrequency => owner.fake.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var tracked = new Tracked(this) { IsRequestTimeout = timers == owner.clientTimers && dueTime == owner.RequestTimeout };
            if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
            {
                // Periodic timers are background work (the simulator's live tenant): they hold no request
                // and do not pull time along; they fire as time passes for other reasons.
                return owner.fake.CreateTimer(callback, state, dueTime, period);
            }

            tracked.Schedule(dueTime);
            tracked.Inner = owner.fake.CreateTimer(s =>
            {
                Track(tracked, false);
                callback(s);
            }, state, dueTime, period);
            return tracked;
        }

        public void Track(Tracked t, bool on, bool cancelled = false)
        {
            lock (owner.gate)
            {
                if ((on ? timers.Add(t) : timers.Remove(t)) && cancelled && timers == owner.simulatorTimers)
                {
                    owner.released++;
                }
            }

            owner.Changed();
        }
    }

    sealed class Tracked(View view) : ITimer
    {
        public ITimer? Inner { get; set; }

        public bool IsRequestTimeout { get; init; }

        public DateTimeOffset Due { get; private set; }

        public void Schedule(TimeSpan dueTime)
        {
            Due = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : view.GetUtcNow() + dueTime;
            view.Track(this, true);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime);
            return Inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            view.Track(this, false, cancelled: true);
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    sealed class Counter(SteppingClock owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.inFlight);
            owner.Changed();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
            catch (OperationCanceledException)
            {
                lock (owner.gate)
                {
                    owner.abandoned++;
                }

                throw;
            }
            finally
            {
                Interlocked.Decrement(ref owner.inFlight);
                owner.Changed();
            }
        }
    }
}
