namespace Autotask.Simulator.Faults;

/// <summary>
/// A fault as the control API takes it, e.g.
/// <c>{"kind":"status","status":429,"entity":"Tickets","count":3}</c> (no <c>retryAfterSeconds</c>: no header),
/// <c>{"kind":"delay","delayMs":30000}</c>, <c>{"kind":"hang"}</c>, <c>{"kind":"drop"}</c>,
/// <c>{"kind":"threadLimit"}</c>, or <c>{"kind":"status","status":500,"entity":"Tickets","page":2}</c>
/// (the second query page fails once). <c>every: true</c> hits every matching request until removed.
/// </summary>
public sealed class FaultRequest
{
    public string Kind { get; set; } = "status";
    public int? Status { get; set; }
    public double? RetryAfterSeconds { get; set; }
    public double? DelayMs { get; set; }
    public bool WallClock { get; set; }
    public string? Message { get; set; }
    public string? Entity { get; set; }
    public string? Method { get; set; }
    public bool QueriesOnly { get; set; }
    public int? Skip { get; set; }
    public int? Page { get; set; }
    public int? Count { get; set; }
    public bool Every { get; set; }

    public FaultAction ToAction()
    {
        var retryAfter = RetryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        return Kind.ToLowerInvariant() switch
        {
            "status" => FaultAction.Fail(Status ?? 500, retryAfter, Message),
            "throttle" => FaultAction.Fail(Status ?? 429, retryAfter, Message),
            "delay" => FaultAction.Slow(TimeSpan.FromMilliseconds(DelayMs ?? throw new ArgumentException("delay needs delayMs.")), WallClock),
            "hang" => FaultAction.Hang,
            "drop" => FaultAction.Drop,
            "threadlimit" => FaultAction.ThreadLimit,
            _ => throw new ArgumentException($"Unknown fault kind '{Kind}': use status, throttle, delay, hang, drop or threadLimit."),
        };
    }

    public FaultRule ToRule()
    {
        if (Page is < 1 || Skip is < 0 || Count is < 1)
        {
            throw new ArgumentException("page and count must be at least 1, skip at least 0.");
        }

        return new FaultRule
        {
            Entity = Entity,
            Method = Method,
            QueriesOnly = QueriesOnly || Page is not null,
            Skip = Page is { } p ? p - 1 : Skip ?? 0,
            Count = Every ? null : Count ?? 1,
            Action = ToAction(),
        };
    }
}

/// <summary><c>{"seed":7,"probability":0.1,"entity":"Tickets","faults":[{"kind":"status","status":500},{"kind":"drop"}]}</c></summary>
public sealed class RandomFaultRequest
{
    public int Seed { get; set; }
    public double Probability { get; set; }
    public string? Entity { get; set; }
    public List<FaultRequest> Faults { get; set; } = [];
}
