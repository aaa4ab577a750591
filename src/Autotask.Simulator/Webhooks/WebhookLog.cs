namespace Autotask.Simulator.Webhooks;

/// <summary>One delivery attempt: <see cref="Error"/> is null when the receiver answered 2xx.</summary>
public sealed record WebhookAttempt(long WebhookId, int SequenceNumber, int Attempt, string Action, long EntityId, string? Error, DateTime At);

/// <summary>The delivery attempts made so far, with a way for tests to wait for the n-th without polling.</summary>
public sealed class WebhookLog
{
    readonly List<WebhookAttempt> attempts = [];
    readonly CountSignal added = new();

    public IReadOnlyList<WebhookAttempt> Snapshot()
    {
        lock (attempts)
        {
            return [.. attempts];
        }
    }

    public Task WhenAttempted(int count) => added.WhenReached(count);

    internal void Add(WebhookAttempt attempt)
    {
        lock (attempts)
        {
            attempts.Add(attempt);
        }

        added.Increment();
    }
}
