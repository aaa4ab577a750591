using Autotask.Client;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Sync.Locking;

namespace Scorecard.Server.Sync;

/// <summary>
/// Runs sync cycles, one at a time in this process and, through <see cref="ISyncLock"/>, across every
/// instance on the database. A cycle runs each entity's step (skipping those backing off after a
/// failure), then loads history newest first, a segment per entity in turn, until the cycle's slice is spent.
/// </summary>
sealed class SyncRunner(IServiceScopeFactory scopes, ISyncLock syncLock, TimeProvider clock, IOptions<ScorecardOptions> options,
    SyncTotals totals, ILogger<SyncRunner> logger)
{
    readonly SemaphoreSlim oneAtATime = new(1, 1);
    readonly Lock watchersGate = new();
    readonly List<(int Cycles, TaskCompletionSource Done)> watchers = [];
    int cyclesRun;

    public DateTimeOffset? LastCycleCompleted { get; private set; }

    /// <summary>True while this instance runs a cycle.</summary>
    public bool Running => oneAtATime.CurrentCount == 0;

    /// <summary>Cycles this process has completed since it started.</summary>
    public int CyclesCompleted => Volatile.Read(ref cyclesRun);

    /// <summary>Whether the last attempt found another instance holding the sync lock.</summary>
    public bool LastAttemptLocked { get; private set; }

    /// <summary>Raised after every attempt, a finished cycle or one that found the lock held (the admin page shows the outcome).</summary>
    public event Action<SyncCycleResult>? Attempted;

    public async Task<SyncCycleResult> RunOnceAsync(SyncRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= SyncRequest.Scheduled;
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var held = await syncLock.TryAcquireAsync(cancellationToken);
            LastAttemptLocked = held is null;
            if (held is null)
            {
                logger.LogDebug("Another instance is syncing; this one serves and tries again later");
                Attempted?.Invoke(SyncCycleResult.Locked);
                return SyncCycleResult.Locked;
            }

            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var states = services.GetRequiredService<SyncStates>();
            var steps = services.GetServices<ISyncStep>().Where(s => request.Covers(s.Entity)).ToList();
            var cycle = new SyncCycle(clock.GetUtcNow().UtcDateTime, options.Value.Sync.BackfillSlice, request, clock);
            foreach (var step in steps)
            {
                if (request.Full)
                {
                    await states.RequestReloadAsync(step.Entity, cancellationToken);
                }
                else if (request.Names(step.Entity))
                {
                    await states.ClearBackoffAsync(step.Entity, cancellationToken);
                }
            }

            var results = new List<SyncStepResult>();
            foreach (var step in steps)
            {
                results.Add(await RunStepAsync(step, cycle, states, (s, r, ct) => s.RunAsync(r, ct), cancellationToken));
            }

            var moreHistory = await BackfillAsync(steps, results, cycle, states, cancellationToken);
            LastCycleCompleted = clock.GetUtcNow();
            Completed();
            var result = new SyncCycleResult(results, moreHistory);
            Attempted?.Invoke(result);
            return result;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Completes once this process has run <paramref name="cycles"/> cycles (tests wait on it instead of polling).</summary>
    public Task WhenCompleted(int cycles)
    {
        lock (watchersGate)
        {
            if (cyclesRun >= cycles)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((cycles, done));
            return done.Task;
        }
    }

    void Completed()
    {
        lock (watchersGate)
        {
            cyclesRun++;
            foreach (var w in watchers.Where(w => w.Cycles <= cyclesRun).ToList())
            {
                w.Done.TrySetResult();
                watchers.Remove(w);
            }
        }
    }

    /// <summary>
    /// History a segment per entity at a time, the entities side by side (tickets and time of the same weeks arrive
    /// together, and one entity's reading overlaps another's storing), while the slice lasts.
    /// </summary>
    async Task<bool> BackfillAsync(List<ISyncStep> steps, List<SyncStepResult> results, SyncCycle cycle, SyncStates states, CancellationToken ct)
    {
        var pending = steps.OfType<IBackfillStep>().Where(s => results.Any(r => r.Entity == s.Entity && r.Error is null && !r.Skipped)).ToList();
        while (pending.Count > 0 && !cycle.BackfillDue)
        {
            var rounds = await Task.WhenAll(pending.Select(async step =>
            {
                var more = false;
                var result = await RunStepAsync(step, cycle, states, async (s, r, c) => more = await ((IBackfillStep)s).BackfillAsync(r, c), ct, backfill: true);
                return (Step: step, Continue: more && result.Error is null);
            }));
            pending = rounds.Where(r => r.Continue).Select(r => r.Step).ToList();
        }

        return pending.Count > 0;
    }

    async Task<SyncStepResult> RunStepAsync(ISyncStep step, SyncCycle cycle, SyncStates states, Func<ISyncStep, StepRun, CancellationToken, Task> body,
        CancellationToken ct, bool backfill = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!backfill && !cycle.Request.Names(step.Entity) && (await states.GetAsync(step.Entity, ct)).NextAttemptUtc is { } next && next > now)
        {
            return new SyncStepResult(step.Entity, 0, null, Skipped: true);
        }

        var run = new StepRun(cycle, step.Entity, now);
        CallCounter.Current = run.Counter;
        try
        {
            await body(step, run, ct);
            totals.Add(step.Entity, run);
            if (!backfill)
            {
                await states.RecordSuccessAsync(step.Entity, run, ct);
            }

            return new SyncStepResult(step.Entity, run.Records, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Autotask down, credentials revoked, a database hiccup: recorded, retried later; nothing is deleted on a failed read.
            totals.Add(step.Entity, run);
            var message = Describe(ex);
            logger.LogWarning(ex, "Sync of {Entity} failed: {Message}", step.Entity, message);
            var o = options.Value.Sync;
            await states.RecordFailureAsync(step.Entity, message, o.Interval, o.MaxBackoff, (ex as AutotaskThrottledException)?.RetryAfter, CancellationToken.None);
            return new SyncStepResult(step.Entity, run.Records, message);
        }
        finally
        {
            CallCounter.Current = null;
        }
    }

    static string Describe(Exception ex) => ex switch
    {
        AutotaskApiException { StatusCode: System.Net.HttpStatusCode.Unauthorized } =>
            $"Autotask refused the credentials (401): check AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE. {ex.Message}",
        AutotaskException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}

public sealed record SyncStepResult(string Entity, int Records, string? Error, bool Skipped = false);

public sealed record SyncCycleResult(IReadOnlyList<SyncStepResult> Steps, bool MoreHistory = false, bool WasLocked = false)
{
    /// <summary>Another instance held the sync lock: nothing ran here.</summary>
    public static SyncCycleResult Locked { get; } = new([], WasLocked: true);

    public bool Succeeded => !WasLocked && Steps.All(s => s.Error is null);
}
