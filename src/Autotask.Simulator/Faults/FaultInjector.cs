namespace Autotask.Simulator.Faults;

/// <summary>
/// Scripted and random faults for tests and benchmarks: "the next 3 Tickets calls get a 429 without
/// Retry-After", "page 2 fails once", "hang until the client times out", "1 % of calls get a 500".
/// Scripted rules are tried in the order they were added; random faults apply when none strikes.
/// </summary>
public sealed class FaultInjector
{
    readonly Lock gate = new();
    readonly List<FaultRule> rules = [];
    int nextId = 1;
    RandomFaults? random;

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.ToList();
            }
        }
    }

    public RandomFaults? Random
    {
        get
        {
            lock (gate)
            {
                return random;
            }
        }
    }

    public FaultRule Add(FaultRule rule)
    {
        lock (gate)
        {
            rule.Id = nextId++;
            rules.Add(rule);
            return rule;
        }
    }

    /// <summary>The next <paramref name="count"/> matching requests answer <paramref name="status"/>.</summary>
    public FaultRule FailNext(int count, int status, string? entity = null, TimeSpan? retryAfter = null) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.Fail(status, retryAfter) });

    /// <summary>The next <paramref name="count"/> matching requests get a 429, with <c>Retry-After</c> only when given.</summary>
    public FaultRule ThrottleNext(int count, string? entity = null, TimeSpan? retryAfter = null) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.Throttle(retryAfter) });

    public FaultRule DelayNext(int count, TimeSpan delay, string? entity = null, bool wallClock = false) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.Slow(delay, wallClock) });

    public FaultRule HangNext(int count = 1, string? entity = null) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.Hang });

    public FaultRule DropNext(int count = 1, string? entity = null) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.Drop });

    public FaultRule ThreadLimitNext(int count = 1, string? entity = null) =>
        Add(new FaultRule { Entity = entity, Count = count, Action = FaultAction.ThreadLimit });

    /// <summary>The <paramref name="page"/>-th query page requested from <paramref name="entity"/> from now on fails once.</summary>
    public FaultRule FailPageOnce(string entity, int page, int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return Add(new FaultRule { Entity = entity, QueriesOnly = true, Skip = page - 1, Count = 1, Action = FaultAction.Fail(status) });
    }

    /// <summary>From now on each matching request meets one of <paramref name="actions"/> with the given probability.</summary>
    public void Randomize(int seed, double probability, IReadOnlyList<FaultAction> actions, string? entity = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        if (actions.Count == 0)
        {
            throw new ArgumentException("At least one fault is needed.", nameof(actions));
        }

        lock (gate)
        {
            random = new RandomFaults(seed, probability, actions, entity);
        }
    }

    public bool Remove(int id)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>Removes every scripted rule and stops random faults.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
            random = null;
        }
    }

    /// <summary>The fault for this request, if any, with the rule that produced it (null for a random fault).</summary>
    internal (FaultAction Action, FaultRule? Rule)? Next(string entity, string method, bool isQueryPage)
    {
        lock (gate)
        {
            foreach (var rule in rules)
            {
                if (rule.Matches(entity, method, isQueryPage) && rule.Take())
                {
                    return (rule.Action, rule);
                }
            }

            return random?.Next(entity) is { } action ? (action, null) : null;
        }
    }
}

/// <summary>Seeded random faults: the same seed and the same sequence of requests give the same faults.</summary>
public sealed class RandomFaults(int seed, double probability, IReadOnlyList<FaultAction> actions, string? entity)
{
    readonly System.Random rnd = new(seed);

    public int Seed { get; } = seed;

    public double Probability { get; } = probability;

    public IReadOnlyList<FaultAction> Actions { get; } = actions;

    public string? Entity { get; } = entity;

    internal FaultAction? Next(string requestEntity)
    {
        if (Entity is not null && !string.Equals(Entity, requestEntity, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return rnd.NextDouble() < Probability ? Actions[rnd.Next(Actions.Count)] : null;
    }
}
