using System.Diagnostics;
using Autotask.Simulator.Demo;
using Autotask.Simulator.Tenant;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Scorecard.Server.Data;

namespace Scorecard.Metrics.Bench;

/// <summary>
/// Writes the simulator's generated tenant straight into the tables (not through the API): the
/// schema comes from the real migrations, the rows from SQLite's prepared inserts or PostgreSQL's
/// binary COPY, then the data version is bumped as a sync would.
/// </summary>
static class XlLoader
{
    public static TenantData Generate(DemoScale scale, DateTime nowUtc, TimeZoneInfo zone)
    {
        var sw = Stopwatch.StartNew();
        var tenant = DemoTenantGenerator.Generate(new DemoSettings(42, scale, nowUtc, zone));
        Console.WriteLine($"generated {scale}: {tenant.Tickets.RowCount:N0} tickets, {tenant.TimeEntries.RowCount:N0} time entries in {sw.Elapsed.TotalSeconds:F1} s");
        return tenant;
    }

    public static async Task LoadAsync(ScorecardDbContext db, TenantData tenant)
    {
        var sw = Stopwatch.StartNew();
        await db.Database.MigrateAsync();
        if (db.Database.GetDbConnection() is NpgsqlConnection pg)
        {
            await db.Database.OpenConnectionAsync();
            await CopyPostgresAsync(pg, tenant);
        }
        else
        {
            await db.Database.OpenConnectionAsync();
            await InsertSqliteAsync((SqliteConnection)db.Database.GetDbConnection(), tenant);
        }

        var queues = tenant.Picklists[Autotask.Simulator.Tenant.Schemas.Picklists.Queue].Select(q => new Scorecard.Server.Data.Rows.PicklistRow
        {
            Entity = "Tickets", Field = "queueID", Value = q.Value, Label = q.Label, IsActive = true, SortOrder = q.SortOrder,
        });
        db.Picklists.AddRange(queues);
        await db.SaveChangesAsync();
        await Scorecard.Server.Data.Summaries.TimeSummary.RebuildAsync(db, CancellationToken.None); // the rows bypassed the sync that keeps it
        await DataVersion.BumpAsync(db, DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc), CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE");
        Console.WriteLine($"loaded in {sw.Elapsed.TotalSeconds:F1} s");
    }

    static readonly string[] TicketColumns =
    [
        "Id", "TicketNumber", "Title", "Status", "Priority", "QueueId", "CompanyId", "ContactId", "AssignedResourceId", "AssignedResourceRoleId",
        "CreatorResourceId", "CompletedByResourceId", "TicketType", "Source", "IssueType", "SubIssueType", "TicketCategory", "BillingCodeId",
        "ContractId", "ProjectId", "ServiceLevelAgreementId", "ServiceLevelAgreementHasBeenMet", "CreateDate", "DueDateTime",
        "FirstResponseDateTime", "ResolvedDateTime", "CompletedDate", "LastActivityDate", "LastTrackedModificationDateTime", "SyncedAt",
    ];

    static readonly string[] TimeColumns =
        ["Id", "ResourceId", "TicketId", "TaskId", "DateWorked", "HoursWorked", "IsNonBillable", "BillingCodeId", "CreateDateTime", "LastModifiedDateTime", "SyncedAt"];

    static object?[] TicketValues(Autotask.Simulator.Tenant.Records.SimTicket t) =>
    [
        t.Id, t.TicketNumber, t.Title.Length > 255 ? t.Title[..255] : t.Title, t.Status, t.Priority, t.QueueId, t.CompanyId, t.ContactId,
        t.AssignedResourceId, t.AssignedResourceRoleId, t.CreatorResourceId, t.CompletedByResourceId, t.TicketType, t.Source, t.IssueType,
        t.SubIssueType, t.TicketCategory, t.BillingCodeId, t.ContractId, t.ProjectId, t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet,
        Utc(t.CreateDate), Utc(t.DueDateTime), Utc(t.FirstResponseDateTime), Utc(t.ResolvedDateTime), Utc(t.CompletedDate), Utc(t.LastActivityDate),
        Utc(t.LastTrackedModificationDateTime), Utc(t.LastActivityDate),
    ];

    static object?[] TimeValues(Autotask.Simulator.Tenant.Records.SimTimeEntry e) =>
    [
        e.Id, e.ResourceId, e.TicketId, e.TaskId, DateOnly.FromDateTime(e.DateWorked), e.HoursWorked, e.IsNonBillable, e.BillingCodeId,
        Utc(e.CreateDateTime), Utc(e.LastModifiedDateTime), Utc(e.LastModifiedDateTime),
    ];

    static DateTime? Utc(DateTime? d) => d is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    static async Task InsertSqliteAsync(SqliteConnection c, TenantData tenant)
    {
        await using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await InsertAsync(c, "tickets", TicketColumns, tenant.Tickets.Snapshot().Select(TicketValues));
        await InsertAsync(c, "time_entries", TimeColumns, tenant.TimeEntries.Snapshot().Select(TimeValues));
    }

    static async Task InsertAsync(SqliteConnection c, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var tx = c.BeginTransaction();
        var cmd = c.CreateCommand();
        cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var ps = columns.Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        var n = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < ps.Length; i++)
            {
                ps[i].Value = row[i] ?? DBNull.Value;
            }

            await cmd.ExecuteNonQueryAsync();
            if (++n % 200_000 == 0)
            {
                await tx.CommitAsync();
                tx = c.BeginTransaction();
                cmd.Transaction = tx;
            }
        }

        await tx.CommitAsync();
        Console.WriteLine($"  {table}: {n:N0} rows");
    }

    static async Task CopyPostgresAsync(NpgsqlConnection c, TenantData tenant)
    {
        await CopyAsync(c, "tickets", TicketColumns, tenant.Tickets.Snapshot().Select(TicketValues));
        await CopyAsync(c, "time_entries", TimeColumns, tenant.TimeEntries.Snapshot().Select(TimeValues));
    }

    static async Task CopyAsync(NpgsqlConnection c, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var n = 0;
        await using (var copy = await c.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync();
                foreach (var v in row)
                {
                    await (v switch
                    {
                        null => copy.WriteNullAsync(),
                        DateTime d => copy.WriteAsync(d, NpgsqlDbType.TimestampTz),
                        DateOnly d => copy.WriteAsync(d, NpgsqlDbType.Date),
                        decimal m => copy.WriteAsync(m, NpgsqlDbType.Numeric),
                        long l => copy.WriteAsync(l, NpgsqlDbType.Bigint),
                        int i => copy.WriteAsync(i, NpgsqlDbType.Integer),
                        bool b => copy.WriteAsync(b, NpgsqlDbType.Boolean),
                        string s => copy.WriteAsync(s, NpgsqlDbType.Text),
                        _ => throw new InvalidOperationException(v.GetType().Name),
                    });
                }

                n++;
            }

            await copy.CompleteAsync();
        }

        Console.WriteLine($"  {table}: {n:N0} rows");
    }
}
