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

    /// <summary>hoursWorked × 10 000 as an exact whole number, so sums of decimal hours stay exact on both providers.</summary>
    public abstract string ScaledHours(string column);

    sealed class SqliteDialect : SqlDialect
    {
        // EF Core stores instants as TEXT in this format; text comparison then orders them correctly.
        public override string Instant(DateTime utc) => $"'{utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'";

        public override string Date(DateOnly date) => $"'{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

        public override string Hours(string later, string earlier) => $"((julianday({later}) - julianday({earlier})) * 24.0)";

        // Decimals are TEXT in SQLite: cast, scale and round so the sum is of whole numbers.
        public override string ScaledHours(string column) => $"ROUND(CAST({column} AS REAL) * 10000)";
    }

    sealed class PostgresDialect : SqlDialect
    {
        public override string Instant(DateTime utc) => $"TIMESTAMPTZ '{utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}+00'";

        public override string Date(DateOnly date) => $"DATE '{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

        public override string Hours(string later, string earlier) => $"(EXTRACT(EPOCH FROM ({later} - {earlier}))::float8 / 3600.0)";

        public override string ScaledHours(string column) => $"({column} * 10000)";
    }
}
