using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>Runs the sync steps in order, one cycle at a time, recording failures per entity.</summary>
public sealed class SyncRunner(IServiceScopeFactory scopes, IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock, ILogger<SyncRunner> logger)
{
    readonly SemaphoreSlim oneAtATime = new(1, 1);

    public DateTimeOffset? LastCycleCompleted { get; private set; }

    /// <summary>Runs every step once. A step that fails is recorded and the next one still runs.</summary>
    public async Task<SyncCycleResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = new List<SyncStepResult>();
            foreach (var step in scope.ServiceProvider.GetServices<ISyncStep>())
            {
                try
                {
                    results.Add(new(step.Entity, await step.RunAsync(cancellationToken), null));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Sync of {Entity} failed", step.Entity);
                    results.Add(new(step.Entity, 0, ex.Message));
                    await RecordFailureAsync(step.Entity, ex.Message, cancellationToken);
                }
            }

            LastCycleCompleted = clock.GetUtcNow();
            return new SyncCycleResult(results);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    async Task RecordFailureAsync(string entity, string message, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.SyncStates.FindAsync([entity], ct) ?? db.SyncStates.Add(new SyncStateRow { Entity = entity }).Entity;
        state.LastError = message.Length > 2000 ? message[..2000] : message;
        await db.SaveChangesAsync(ct);
    }
}

public sealed record SyncStepResult(string Entity, int Records, string? Error);

public sealed record SyncCycleResult(IReadOnlyList<SyncStepResult> Steps)
{
    public bool Succeeded => Steps.All(s => s.Error is null);
}
