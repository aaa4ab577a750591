using System.Data.Common;
using System.Globalization;
using Scorecard.Periods;

namespace Scorecard.Metrics.Bench;

/// <summary>
/// The same grid numbers written by hand as plain SQL, run on an open connection with nothing
/// around them: opened and same-day by local day, closed with resolution and SLA, the backlog
/// counted directly at each period end, hours by Monday week from the weekly time summary the sync keeps. The bench compares the engine with it.
/// </summary>
sealed class BaselineSql(bool postgres, string ticketFilter, string timeFilter)
{
    string Ts(DateTime t) => postgres
        ? $"TIMESTAMPTZ '{t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}+00'"
        : $"'{t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'";

    string D(DateOnly d) => postgres ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d:yyyy-MM-dd}'";

    string HoursBetween(string a, string b) => postgres ? $"EXTRACT(EPOCH FROM ({a} - {b}))::float8 / 3600" : $"(julianday({a}) - julianday({b})) * 24";

    public IEnumerable<string> Statements(ReportingCalendar calendar, IReadOnlyList<Period> weeks)
    {
        var days = string.Join(", ", weeks.SelectMany((w, i) => calendar.DaysOf(w).Select(d => $"({i}, {Ts(d.StartUtc)}, {Ts(d.EndUtc)})")));
        var spans = string.Join(", ", weeks.Select((w, i) => $"({i}, {Ts(w.StartUtc)}, {Ts(w.EndUtc)}, {Ts(w.EndUtc.AddDays(-7))}, {D(w.Start)}, {D(w.EndExclusive)})"));
        yield return $"""
            WITH d(i, s, e) AS (VALUES {days})
            SELECT d.i, COUNT(*), SUM(CASE WHEN t."CompletedDate" >= d.s AND t."CompletedDate" < d.e THEN 1 ELSE 0 END)
            FROM d JOIN tickets t ON t."CreateDate" >= d.s AND t."CreateDate" < d.e WHERE {ticketFilter} GROUP BY d.i
            """;
        yield return $"""
            WITH w(i, s, e, a, ds, de) AS (VALUES {spans}),
            x AS (SELECT w.i, {HoursBetween("t.\"FirstResponseDateTime\"", "t.\"CreateDate\"")} * 60 AS v FROM w JOIN tickets t ON t."CreateDate" >= w.s AND t."CreateDate" < w.e
                  WHERE t."FirstResponseDateTime" IS NOT NULL AND {ticketFilter}),
            r AS (SELECT i, v, ROW_NUMBER() OVER (PARTITION BY i ORDER BY v) AS rn, COUNT(*) OVER (PARTITION BY i) AS n FROM x)
            SELECT i, AVG(v) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY i
            """;
        yield return $"""
            WITH w(i, s, e, a, ds, de) AS (VALUES {spans}),
            x AS (SELECT w.i, {HoursBetween("t.\"CompletedDate\"", "t.\"CreateDate\"")} AS h, t."ServiceLevelAgreementId" AS sla, t."ServiceLevelAgreementHasBeenMet" AS met
                  FROM w JOIN tickets t ON t."CompletedDate" >= w.s AND t."CompletedDate" < w.e WHERE {ticketFilter}),
            r AS (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY i ORDER BY h) AS rn, COUNT(*) OVER (PARTITION BY i) AS n FROM x)
            SELECT i, COUNT(*), SUM(h), AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN h END),
              SUM(CASE WHEN sla IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN sla IS NOT NULL AND met = TRUE THEN 1 ELSE 0 END)
            FROM r GROUP BY i
            """;
        // The backlog carried forward from the span's start: open then, + opened and still open at each end, − closed that were opened before.
        var create = postgres ? "t.\"CreateDate\"" : "+t.\"CreateDate\"";
        var s0 = Ts(weeks[0].StartUtc);
        yield return $"""
            WITH w(i, s, e, a, ds, de) AS (VALUES {spans}),
            c AS (SELECT w.i, SUM(CASE WHEN t."CompletedDate" IS NULL OR t."CompletedDate" >= w.e THEN 1 ELSE 0 END) AS still_open,
                    SUM(CASE WHEN t."CreateDate" >= w.a AND (t."CompletedDate" IS NULL OR t."CompletedDate" >= w.e) THEN 1 ELSE 0 END) AS young
                  FROM w JOIN tickets t ON t."CreateDate" >= w.s AND t."CreateDate" < w.e WHERE {ticketFilter} GROUP BY w.i),
            d AS (SELECT w.i, SUM(CASE WHEN t."CreateDate" < w.s THEN 1 ELSE 0 END) AS closed_before
                  FROM w JOIN tickets t ON t."CompletedDate" >= w.s AND t."CompletedDate" < w.e WHERE {ticketFilter} GROUP BY w.i),
            a AS (SELECT (SELECT COUNT(*) FROM tickets t WHERE t."CompletedDate" IS NULL AND {create} < {s0} AND {ticketFilter})
                       + (SELECT COUNT(*) FROM tickets t WHERE t."CompletedDate" >= {s0} AND {create} < {s0} AND {ticketFilter}) AS n),
            b AS (SELECT w.i, (SELECT n FROM a) + SUM(COALESCE(c.still_open, 0) - COALESCE(d.closed_before, 0)) OVER (ORDER BY w.i) AS backlog,
                    COALESCE(c.young, 0) AS young
                  FROM w LEFT JOIN c ON c.i = w.i LEFT JOIN d ON d.i = w.i)
            SELECT i, backlog, backlog - young FROM b
            """;
        yield return $"""
            WITH w(i, s, e, a, ds, de) AS (VALUES {spans})
            SELECT w.i, SUM(e."ScaledHours") / 10000.0, SUM(e."BillableScaledHours") / 10000.0, COUNT(DISTINCT e."ResourceId")
            FROM w JOIN time_week_summary e ON e."WeekStart" = w.ds WHERE {timeFilter} GROUP BY w.i
            """;
    }

    /// <summary>Runs the statements and returns each one's rows (numbers only), for comparison with the engine.</summary>
    public static async Task<List<List<double?[]>>> RunAsync(DbConnection c, IEnumerable<string> statements)
    {
        var results = new List<List<double?[]>>();
        foreach (var sql in statements)
        {
            var rows = new List<double?[]>();
            results.Add(rows);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 600;
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i) is IConvertible v and not string and not DateTime and not DBNull
                    ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : (double?)null).ToArray());
            }
        }

        return results;
    }
}
