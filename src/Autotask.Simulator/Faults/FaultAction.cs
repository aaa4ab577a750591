namespace Autotask.Simulator.Faults;

/// <summary>What an injected fault does to the request it hits.</summary>
public enum FaultKind
{
    /// <summary>Answer with <see cref="FaultAction.Status"/> and an <c>errors</c> body instead of serving the request.</summary>
    Status,

    /// <summary>Serve the request after <see cref="FaultAction.Delay"/>: a slow response.</summary>
    Delay,

    /// <summary>Never answer; the request ends only when the client gives up (a timeout) or the simulator stops.</summary>
    Hang,

    /// <summary>Close the connection without an answer.</summary>
    Drop,

    /// <summary>Answer with Autotask's thread-threshold error, as if too many calls were in flight.</summary>
    ThreadLimit,
}

/// <summary>One fault: what happens to a request. Build with the static helpers.</summary>
public sealed record FaultAction(FaultKind Kind)
{
    public int Status { get; init; } = 500;

    /// <summary>Sent as <c>Retry-After</c> (whole seconds) when set; a 429 without it is also realistic.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>
    /// A delay normally runs on the simulator's <see cref="TimeProvider"/>, so with a fake clock it ends when the
    /// test advances the clock and no test sleeps. True makes it real wall time (demos, benchmarks).
    /// </summary>
    public bool WallClock { get; init; }

    public string? Message { get; init; }

    public static FaultAction Fail(int status, TimeSpan? retryAfter = null, string? message = null) =>
        new(FaultKind.Status) { Status = status, RetryAfter = retryAfter, Message = message };

    /// <summary>A 429 as the request threshold sends it, with or without <c>Retry-After</c>.</summary>
    public static FaultAction Throttle(TimeSpan? retryAfter = null) => Fail(429, retryAfter);

    public static FaultAction Slow(TimeSpan delay, bool wallClock = false) =>
        new(FaultKind.Delay) { Delay = delay, WallClock = wallClock };

    public static FaultAction Hang { get; } = new(FaultKind.Hang);

    public static FaultAction Drop { get; } = new(FaultKind.Drop);

    public static FaultAction ThreadLimit { get; } = new(FaultKind.ThreadLimit);
}
