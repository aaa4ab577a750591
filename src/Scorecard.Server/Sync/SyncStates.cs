using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>
/// The one place that reads and writes sync state (<see cref="SyncStateRow"/>). Progress moves inside the
/// data's own transaction (<see cref="Storage.SyncWrite.Save"/>); outcomes (success, failure, back-off,
/// a requested reload) are recorded here.
/// </summary>
sealed class SyncStates(IDbContextFactory<ScorecardDbContext> databases, TimeProvider clock)
{
    /// <summary>The entity's state, created on first use, detached: change it and save it with the data.</summary>
    public async Task<SyncStateRow> GetAsync(string entity, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        if (await db.SyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.Entity == entity, ct) is { } state)
        {
            return state;
        }

        state = new SyncStateRow { Entity = entity };
        db.SyncStates.Add(state);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another writer created it first: read theirs.
            return await GetAsync(entity, ct);
        }

        db.Entry(state).State = EntityState.Detached;
        return state;
    }

    public async Task<IReadOnlyList<SyncStateRow>> AllAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.SyncStates.AsNoTracking().OrderBy(s => s.Entity).ToListAsync(ct);
    }

    /// <summary>A step finished: its figures, and no error or pending retry any more.</summary>
    public Task RecordSuccessAsync(string entity, StepRun run, CancellationToken ct) => ChangeAsync(entity, s =>
    {
        s.LastRunStartedUtc = run.Started;
        s.LastRunCompletedUtc = clock.GetUtcNow().UtcDateTime;
        s.LastRunRecords = run.Records;
        s.LastRunCalls = run.Calls;
        s.LastRunMilliseconds = (long)run.Elapsed.TotalMilliseconds;
        s.LastRunStoreMilliseconds = (long)run.Storing.TotalMilliseconds;
        s.LastError = null;
        s.LastErrorUtc = null;
        s.ConsecutiveFailures = 0;
        s.NextAttemptUtc = null;
    }, ct);

    /// <summary>A step failed: what went wrong, and when to try again (exponential back-off, or what Autotask asked for).</summary>
    public Task RecordFailureAsync(string entity, string error, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, CancellationToken ct) =>
        ChangeAsync(entity, s =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            s.ConsecutiveFailures++;
            var backoff = TimeSpan.FromTicks(Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << Math.Min(s.ConsecutiveFailures - 1, 16))));
            if (retryAfter is { } wait && wait > backoff)
            {
                backoff = wait < maxDelay ? wait : maxDelay;
            }

            s.LastError = error.Length > 2000 ? error[..2000] : error;
            s.LastErrorUtc = now;
            s.NextAttemptUtc = now + backoff;
        }, ct);

    /// <summary>Starts the entity over: a full reload whose end removes rows Autotask no longer has.</summary>
    public Task RequestReloadAsync(string entity, CancellationToken ct) => ChangeAsync(entity, s =>
    {
        s.Watermark = null;
        s.PendingWatermark = null;
        s.ResumeAfterId = null;
        s.Segment = null;
        s.SegmentFrom = null;
        s.SegmentTo = null;
        s.RecentFrom = null;
        s.HistoryFrom = null;
        s.BackfillTotal = null;
        s.BackfillLoaded = 0;
        s.BackfillSeconds = 0;
        s.FullLoadStartedUtc = clock.GetUtcNow().UtcDateTime;
        s.NextAttemptUtc = null;
    }, ct);

    /// <summary>Clears a pending back-off, so a requested sync tries the entity now.</summary>
    public Task ClearBackoffAsync(string entity, CancellationToken ct) => ChangeAsync(entity, s => s.NextAttemptUtc = null, ct);

    async Task ChangeAsync(string entity, Action<SyncStateRow> change, CancellationToken ct)
    {
        var state = await GetAsync(entity, ct);
        change(state);
        await using var db = await databases.CreateDbContextAsync(ct);
        db.SyncStates.Update(state);
        await db.SaveChangesAsync(ct);
    }
}
