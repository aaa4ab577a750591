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

        var types = table.Columns.Select(c => TypeOf(c.ProviderType)).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {staging} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (table.Columns[i].ValueOf(row) is { } value)
                    {
                        await copy.WriteAsync(value, types[i], ct);
                    }
                    else
                    {
                        await copy.WriteNullAsync(ct);
                    }
                }
            }

            await copy.CompleteAsync(ct);
        }

        await using var merge = new NpgsqlCommand(
            $"INSERT INTO {target} ({columns}) SELECT {columns} FROM {staging} " +
            $"ON CONFLICT ({RowTable.Quote(table.Key.Name)}) DO UPDATE SET {UpdateList(table, "EXCLUDED")}{NewerOnlyClause(table, newerOnly, "EXCLUDED")}",
            connection);
        await merge.ExecuteNonQueryAsync(ct);
        await using var clear = new NpgsqlCommand($"TRUNCATE {staging}", connection);
        await clear.ExecuteNonQueryAsync(ct);
    }

    static NpgsqlDbType TypeOf(Type t) =>
        t == typeof(long) ? NpgsqlDbType.Bigint
        : t == typeof(int) ? NpgsqlDbType.Integer
        : t == typeof(bool) ? NpgsqlDbType.Boolean
        : t == typeof(decimal) ? NpgsqlDbType.Numeric
        : t == typeof(double) ? NpgsqlDbType.Double
        : t == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : t == typeof(DateOnly) ? NpgsqlDbType.Date
        : t == typeof(string) ? NpgsqlDbType.Text
        : throw new NotSupportedException($"No COPY type for {t.Name}.");
}
