using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Scorecard.Server.Data;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// PostgreSQL: binary <c>COPY</c> into a session temporary table shaped like the target (emptied at each
/// commit), then one <c>INSERT … SELECT … ON CONFLICT (id) DO UPDATE</c>, in the caller's transaction.
/// </summary>
sealed class PostgresBulkUpsert : BulkUpsert
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> Writers = new();

    /// <summary>
    /// A sync transaction does not wait for its commit to reach the disk (this transaction only): a server crash
    /// may lose the last few, never corrupt anything, and since each commits with the sync state that covers it,
    /// the sync simply reads them again. Everyone else's writes keep the server's setting.
    /// </summary>
    public override Task BegunAsync(ScorecardDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", ct);

    public override async Task UpsertAsync<TRow>(ScorecardDbContext db, IReadOnlyList<TRow> rows, string? newerOnly, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk upserts run inside a sync transaction.");
        }

        var table = RowTable.For<TRow>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var target = RowTable.Quote(table.Name);
        var staging = RowTable.Quote(table.Name + "_staging");
        var columns = string.Join(", ", table.Columns.Select(c => RowTable.Quote(c.Name)));
        await using (var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {target} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var writers = (PostgresCopyColumn<TRow>[])Writers.GetOrAdd(typeof(TRow), _ => table.Columns.Select(PostgresCopyColumn<TRow>.For).ToArray());
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {staging} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                copy.StartRow();
                foreach (var writer in writers)
                {
                    writer.Write(copy, row);
                }
            }

            await copy.CompleteAsync(ct);
        }

        await using var merge = new NpgsqlCommand(
            $"INSERT INTO {target} ({columns}) SELECT {columns} FROM {staging} " +
            $"ON CONFLICT ({RowTable.Quote(table.Key.Name)}) DO UPDATE SET {UpdateList(table, "EXCLUDED")}{NewerOnlyClause(table, newerOnly, "EXCLUDED")}",
            connection);
        await merge.ExecuteNonQueryAsync(ct);
        // Emptied for a second upsert of the same table in this transaction (the commit empties it anyway).
        await using var clear = new NpgsqlCommand($"DELETE FROM {staging}", connection);
        await clear.ExecuteNonQueryAsync(ct);
    }
}
