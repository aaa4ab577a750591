using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using SQLitePCL;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// SQLite: one prepared <c>INSERT … ON CONFLICT (id) DO UPDATE</c>, stepped once per row in the caller's
/// transaction, its values bound by position (<see cref="SqliteColumnBinder{TRow}"/>).
/// </summary>
sealed class SqliteBulkUpsert : BulkUpsert
{
    static readonly ConcurrentDictionary<(Type, string?), object> Binders = new();

    /// <summary>
    /// In WAL mode, <c>synchronous=NORMAL</c> still never corrupts the file and a killed process loses nothing
    /// committed; only a power cut may roll back the last commits, and since every batch commits with the state
    /// that covers it, the sync then simply reads them again. It halves the cost of each commit.
    /// </summary>
    public override Task PrepareAsync(ScorecardDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", ct);

    public override Task UpsertAsync<TRow>(ScorecardDbContext db, IReadOnlyList<TRow> rows, string? newerOnly, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk upserts run inside a sync transaction.");
        }

        var table = RowTable.For<TRow>(db);
        var (sql, binders) = ((string, SqliteColumnBinder<TRow>[]))Binders.GetOrAdd((typeof(TRow), newerOnly), _ =>
            (Sql(table, newerOnly), table.Columns.Select(SqliteColumnBinder<TRow>.For).ToArray()));
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        SqliteColumnBinder<TRow>.Check(raw.sqlite3_prepare_v2(handle, sql, out var statement), statement);
        using (statement)
        {
            // SQLite runs in-process: synchronous calls, no async state machine per row.
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < binders.Length; i++)
                {
                    binders[i].Bind(row, statement, i + 1);
                }

                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new SqliteException($"Storing a {table.Name} row failed: {raw.sqlite3_errmsg(handle).utf8_to_string()}", raw.sqlite3_errcode(handle));
                }

                raw.sqlite3_reset(statement);
            }
        }

        return Task.CompletedTask;
    }

    static string Sql(RowTable table, string? newerOnly) =>
        $"INSERT INTO {RowTable.Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => RowTable.Quote(c.Name)))}) " +
        $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"?{i + 1}"))}) " +
        $"ON CONFLICT ({RowTable.Quote(table.Key.Name)}) DO UPDATE SET {UpdateList(table, "excluded")}{NewerOnlyClause(table, newerOnly, "excluded")}";
}
