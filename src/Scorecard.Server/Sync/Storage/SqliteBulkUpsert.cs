using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Server.Data;

namespace Scorecard.Server.Sync.Storage;

/// <summary>SQLite: one prepared <c>INSERT … ON CONFLICT (id) DO UPDATE</c>, executed once per row in the caller's transaction.</summary>
sealed class SqliteBulkUpsert : BulkUpsert
{
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

        var table = RowTable.For<TRow>(db);
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk upserts run inside a sync transaction.");
        var columns = table.Columns;
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            command.Parameters.Add(parameters[i]);
        }

        command.CommandText =
            $"INSERT INTO {RowTable.Quote(table.Name)} ({string.Join(", ", columns.Select(c => RowTable.Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))}) " +
            $"ON CONFLICT ({RowTable.Quote(table.Key.Name)}) DO UPDATE SET {UpdateList(table, "excluded")}{NewerOnlyClause(table, newerOnly, "excluded")}";
        command.Prepare();

        // SQLite runs in-process: the synchronous calls avoid an async state machine per row.
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }
}
