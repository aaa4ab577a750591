using System.Diagnostics;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// One transaction of synced data: rows upserted or deleted, the sync state that covers them moved with
/// them, and the data version bumped when anything changed, all committed together or not at all. Every
/// write of synced rows (cycles, webhooks, deletions, reconciliation) goes through here, and so the
/// summary tables the reports read are brought up to date here too (<see cref="SummaryChanges"/>).
/// </summary>
sealed class SyncWrite : IAsyncDisposable
{
    readonly IDbContextTransaction transaction;
    readonly BulkUpsert upsert;
    readonly DateTime now;
    readonly long startedAt = Stopwatch.GetTimestamp();
    readonly Action<TimeSpan>? onStored;
    readonly SummaryChanges summaries = new();
    bool changed;

    SyncWrite(ScorecardDbContext db, IDbContextTransaction transaction, BulkUpsert upsert, DateTime now, Action<TimeSpan>? onStored)
    {
        Db = db;
        this.transaction = transaction;
        this.upsert = upsert;
        this.now = now;
        this.onStored = onStored;
    }

    public ScorecardDbContext Db { get; }

    public static async Task<SyncWrite> BeginAsync(SyncStorage storage, Action<TimeSpan>? onStored, CancellationToken ct)
    {
        var db = await storage.Databases.CreateDbContextAsync(ct);
        try
        {
            await storage.Upsert.PrepareAsync(db, ct);
            var tx = await db.Database.BeginTransactionAsync(ct);
            await storage.Upsert.BegunAsync(db, ct);
            return new SyncWrite(db, tx, storage.Upsert, storage.Clock.GetUtcNow().UtcDateTime, onStored);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async Task UpsertAsync<TRow>(IReadOnlyList<TRow> rows, CancellationToken ct, string? newerOnly = null)
        where TRow : class, ISyncedRow
    {
        if (rows.Count == 0)
        {
            return;
        }

        // A batch may hold a record twice (e.g. merged queries); the last read wins.
        var unique = rows.Count > 1 && rows.DistinctBy(r => r.Id).Count() != rows.Count
            ? rows.GroupBy(r => r.Id).Select(g => g.Last()).ToList()
            : rows;
        await summaries.BeforeUpsertAsync(Db, unique, ct);
        await upsert.UpsertAsync(Db, unique, newerOnly, ct);
        changed = true;
    }

    public async Task<int> DeleteAsync<TRow>(Expression<Func<TRow, bool>> where, CancellationToken ct, Expression<Func<TRow, bool>>? andWhere = null)
        where TRow : class
    {
        var rows = Db.Set<TRow>().Where(where);
        var selected = andWhere is null ? rows : rows.Where(andWhere);
        await summaries.BeforeDeleteAsync(selected, ct);
        var n = await selected.ExecuteDeleteAsync(ct);
        changed |= n > 0;
        return n;
    }

    /// <summary>Deletes rows by id, in chunks that stay under every provider's parameter limits.</summary>
    public async Task<int> DeleteByIdAsync<TRow>(IEnumerable<long> ids, CancellationToken ct)
        where TRow : class, ISyncedRow
    {
        var n = 0;
        foreach (var chunk in ids.Chunk(1000))
        {
            n += await DeleteAsync<TRow>(r => chunk.Contains(r.Id), ct);
        }

        return n;
    }

    /// <summary>Saves the sync state with this transaction (it must exist: <see cref="SyncStates"/> creates it).</summary>
    public void Save(SyncStateRow state) => Db.SyncStates.Update(state);

    public async Task CommitAsync(CancellationToken ct)
    {
        // Rows added through the context (picklists) count as a change too; the sync state alone does not.
        changed |= Db.ChangeTracker.Entries().Any(e => e.Entity is not SyncStateRow && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        await Db.SaveChangesAsync(ct);
        if (changed)
        {
            await DataVersion.BumpAsync(Db, now, ct);
        }

        // The version this write makes (read inside the transaction, after the bump) labels its ticket changes.
        await summaries.ApplyAsync(Db, (await DataVersion.ReadAsync(Db, ct)).Version, now, ct);

        await transaction.CommitAsync(ct);
        onStored?.Invoke(Stopwatch.GetElapsedTime(startedAt));
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}

/// <summary>What a <see cref="SyncWrite"/> needs: the database, the provider's bulk writer and the clock.</summary>
sealed class SyncStorage(IDbContextFactory<ScorecardDbContext> databases, BulkUpsert upsert, TimeProvider clock)
{
    public IDbContextFactory<ScorecardDbContext> Databases { get; } = databases;

    public BulkUpsert Upsert { get; } = upsert;

    public TimeProvider Clock { get; } = clock;

    public Task<SyncWrite> BeginAsync(CancellationToken ct, Action<TimeSpan>? onStored = null) => SyncWrite.BeginAsync(this, onStored, ct);
}
