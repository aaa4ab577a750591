namespace Autotask.Simulator;

/// <summary>
/// A count that tests can await ("after the 3rd hit", "after the 5th attempt") instead of polling or sleeping.
/// </summary>
public sealed class CountSignal
{
    readonly Lock gate = new();
    readonly List<(int Target, TaskCompletionSource Done)> waiters = [];
    int count;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public void Increment()
    {
        lock (gate)
        {
            count++;
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (count >= waiters[i].Target)
                {
                    waiters[i].Done.TrySetResult();
                    waiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Completes once the count has reached <paramref name="target"/>.</summary>
    public Task WhenReached(int target)
    {
        lock (gate)
        {
            if (count >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((target, done));
            return done.Task;
        }
    }
}
