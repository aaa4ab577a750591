using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Reports;

/// <summary>
/// The few places where SQLite and PostgreSQL spell the report's SQL differently: literals for
/// instants and dates as each provider stores them, and the length of an interval. Everything
/// else is the same SQL. Literals are formatted from values the server computed itself, never
/// from request text.
/// </summary>
abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    public static SqlDialect For(ScorecardDbContext db) => db.Database.IsNpgsql() ? Postgres : Sqlite;

    public abstract string Instant(DateTime utc);

    public abstract string Date(DateOnly date);

    /// <summary>later − earlier in hours, as a floating-point number.</summary>
    public abstract string Hours(string later, string earlier);

    /// <summary>Whether GROUP BY over many groups is hashed (PostgreSQL) rather than sorted (SQLite).</summary>
    public virtual bool HashesGroups => false;

    /// <summary>Settings for the connection before the report's queries, or null.</summary>
    public virtual string? SessionSettings => null;

    /// <summary>A column the planner must not pick an index for (SQLite's unary +); PostgreSQL plans by statistics.</summary>
    public abstract string NoIndex(string column);

    /// <summary>
    /// The tickets whose <paramref name="column"/> lies in each row [s, e) of the period table <paramref name="periods"/>,
    /// as <c>t</c>, with <paramref name="where"/> applied. SQLite searches the index once per period row for the plain join.
    /// </summary>
    public virtual string TicketsPerPeriod(string periods, string column, string where) =>
        $"{periods} JOIN tickets t ON t.\"{column}\" >= {periods}.s AND t.\"{column}\" < {periods}.e";

    /// <summary>hoursWorked × 10 000 as an exact whole number, so sums of decimal hours stay exact on both providers.</summary>
    public abstract string ScaledHours(string column);

    sealed class SqliteDialect : SqlDialect
    {
        // EF Core stores instants as TEXT in this format; text comparison then orders them correctly.
        public override string Instant(DateTime utc) => $"'{utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'";

        public override string Date(DateOnly date) => $"'{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

        public override string NoIndex(string column) => "+" + column;

        // Reports read hundreds of thousands of index entries: a larger page cache and memory-mapped
        // reads spare SQLite a system call per page (per connection; pooled connections keep them).
        public override string? SessionSettings => "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;";

        public override string Hours(string later, string earlier) => $"((julianday({later}) - julianday({earlier})) * 24.0)";

        // Decimals are TEXT in SQLite: cast, scale and round so the sum is of whole numbers.
        public override string ScaledHours(string column) => $"ROUND(CAST({column} AS REAL) * 10000)";
    }

    sealed class PostgresDialect : SqlDialect
    {
        public override string Instant(DateTime utc) => $"TIMESTAMPTZ '{utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}+00'";

        public override string Date(DateOnly date) => $"DATE '{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

        public override string NoIndex(string column) => column;

        // The report's queries are costed high enough for JIT compilation, which takes longer than the queries themselves.
        public override string? SessionSettings => "SET jit = off";

        public override bool HashesGroups => true;

        // PostgreSQL planned the plain join as one scan of the span's tickets compared with every period row
        // (99,000 tickets × 91 days: 1.3 s of a 13-week ROC grid on the xl tenant). A LATERAL subquery, kept
        // from being flattened back into the join by OFFSET 0, is one index range scan per period row (0.29 s).
        public override string TicketsPerPeriod(string periods, string column, string where) =>
            $"{periods} CROSS JOIN LATERAL (SELECT * FROM tickets t WHERE t.\"{column}\" >= {periods}.s AND t.\"{column}\" < {periods}.e AND {where} OFFSET 0) t";

        public override string Hours(string later, string earlier) => $"(EXTRACT(EPOCH FROM ({later} - {earlier}))::float8 / 3600.0)";

        public override string ScaledHours(string column) => $"({column} * 10000)";
    }
}
