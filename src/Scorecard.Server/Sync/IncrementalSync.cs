using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>
/// The sync of one entity: a full load by id on the first run (resumable from the last stored id),
/// then records changed since the watermark minus an overlap. Each batch and its progress are
/// committed together, so a crash or a retry never loses or duplicates a record.
/// </summary>
abstract class IncrementalSync<TModel, TRow>(
    IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock, IOptions<ScorecardOptions> options, ILogger logger)
    : ISyncStep
    where TRow : class, ISyncedRow
{
    const int BatchSize = 500;

    public abstract string Entity { get; }

    /// <summary>The Autotask field that moves when a record changes, e.g. <c>lastActivityDate</c>.</summary>
    protected abstract string ModifiedField { get; }

    protected abstract IAsyncEnumerable<TModel> Query(AutotaskFilter filter, QueryOptions queryOptions, CancellationToken ct);

    protected abstract long IdOf(TModel model);

    protected abstract DbSet<TRow> Rows(ScorecardDbContext db);

    /// <summary>Copies the model onto a new or existing row.</summary>
    protected abstract TRow Apply(TModel model, TRow? existing, DateTime syncedAt);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var state = await LoadStateAsync(started, cancellationToken);
        var fullLoad = state.Watermark is null;
        var filter = fullLoad ? AutotaskFilter.All : AutotaskFilter.Gte(ModifiedField, DateTime.SpecifyKind(state.Watermark!.Value - options.Value.Sync.Overlap, DateTimeKind.Utc));
        var queryOptions = new QueryOptions { StartAfterId = fullLoad ? state.ResumeAfterId : null };

        var stored = 0;
        var batch = new List<TModel>(BatchSize);
        await foreach (var model in Query(filter, queryOptions, cancellationToken))
        {
            batch.Add(model);
            if (batch.Count == BatchSize)
            {
                stored += await StoreAsync(batch, fullLoad, complete: false, started, stored, cancellationToken);
                batch.Clear();
            }
        }

        stored += await StoreAsync(batch, fullLoad, complete: true, started, stored, cancellationToken);
        logger.LogInformation("Synced {Count} {Entity} ({Kind})", stored, Entity, fullLoad ? "full load" : "incremental");
        return stored;
    }

    static Task<Dictionary<long, TRow>> FindAsync(DbSet<TRow> rows, long[] ids, CancellationToken ct) =>
        rows.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);

    async Task<SyncStateRow> LoadStateAsync(DateTime started, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.SyncStates.FindAsync([Entity], ct);
        if (state is null)
        {
            state = new SyncStateRow { Entity = Entity };
            db.SyncStates.Add(state);
        }

        // A resumed full load keeps the start of the load it continues: changes after that start are read later.
        state.PendingWatermark = state.Watermark is null && state.ResumeAfterId is not null && state.PendingWatermark is not null
            ? state.PendingWatermark
            : started;
        state.LastRunStartedUtc = started;
        await db.SaveChangesAsync(ct);
        return state;
    }

    async Task<int> StoreAsync(List<TModel> batch, bool fullLoad, bool complete, DateTime started, int storedBefore, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = Rows(db);
        var existing = batch.Count == 0 ? [] : await FindAsync(rows, batch.Select(IdOf).Distinct().ToArray(), ct);
        foreach (var model in batch)
        {
            var id = IdOf(model);
            var had = existing.GetValueOrDefault(id);
            var row = Apply(model, had, started);
            if (had is null)
            {
                rows.Add(row);
                existing[id] = row;
            }
        }

        var state = await db.SyncStates.SingleAsync(s => s.Entity == Entity, ct);
        if (fullLoad && batch.Count > 0)
        {
            state.ResumeAfterId = batch.Max(IdOf);
        }

        if (complete)
        {
            state.Watermark = state.PendingWatermark ?? started;
            state.ResumeAfterId = null;
            state.PendingWatermark = null;
            state.LastRunCompletedUtc = clock.GetUtcNow().UtcDateTime;
            state.LastError = null;
            state.LastRunRecords = storedBefore + batch.Count;
        }
        await db.SaveChangesAsync(ct);
        if (batch.Count > 0)
        {
            // Cached reports key on the data version: it moves with the rows, in the same transaction.
            await DataVersion.BumpAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        }

        await tx.CommitAsync(ct);
        return batch.Count;
    }
}
