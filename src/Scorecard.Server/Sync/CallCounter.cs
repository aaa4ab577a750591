namespace Scorecard.Server.Sync;

/// <summary>
/// Counts Autotask calls for whoever set <see cref="Current"/> (a sync step, a webhook refresh): the
/// counting handler sits innermost in the Autotask client's pipeline, so retries and threshold readings
/// count too, as they do against the tenant's budget.
/// </summary>
sealed class CallCounter
{
    static readonly AsyncLocal<CallCounter?> CurrentCounter = new();
    int count;

    public int Count => Volatile.Read(ref count);

    public static CallCounter? Current
    {
        get => CurrentCounter.Value;
        set => CurrentCounter.Value = value;
    }

    public void Add() => Interlocked.Increment(ref count);
}

/// <summary>The handler that feeds <see cref="CallCounter.Current"/>.</summary>
sealed class CallCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        CallCounter.Current?.Add();
        return base.SendAsync(request, cancellationToken);
    }
}
