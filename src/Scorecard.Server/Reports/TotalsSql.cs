using Scorecard.Periods;

namespace Scorecard.Server.Reports;

/// <summary>
/// The aggregate queries of a report. Each returns rows keyed by period index <c>p</c> and
/// technician <c>k</c> (0 when the report is not split by technician). Medians are taken with
/// window functions: the middle one or two values of each partition, averaged; the row number
/// and the partition's count share one window, so each query sorts its rows once.
/// </summary>
static class TotalsSql
{
    /// <summary>Tickets created in each period: opened, same-day, still open at the period end, young at it, first-response median.</summary>
    public static string Created(SqlDialect sql, string days, SqlSpan span, string where, string tech) => $"""
        WITH {days},
        x AS ({CreatedRows(sql, span, where, tech)}),
        r AS (
          SELECT x.*, ROW_NUMBER() OVER w AS rn, COUNT(fr) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
          FROM x WINDOW w AS (PARTITION BY p, k ORDER BY (fr IS NULL), fr))
        SELECT p, k, COUNT(*), SUM(same_day), SUM(still_open), SUM(young), COUNT(fr),
          AVG(CASE WHEN fr IS NOT NULL AND rn IN ((n + 1) / 2, (n + 2) / 2) THEN fr END)
        FROM r GROUP BY p, k
        """;

    /// <summary>
    /// One row per ticket created in a period of the day table <c>d(p, s, e, pe, pa)</c>: its period p, key k, whether it
    /// closed the day it was created, is still open at the period end, is young at it, and its first response in minutes.
    /// </summary>
    public static string CreatedRows(SqlDialect sql, SqlSpan span, string where, string tech) => $"""
        {CreatedColumns(sql, tech)}
          FROM {sql.TicketsPerPeriod("d", "CreateDate", where)}
          WHERE {sql.NoIndex("t.\"CreateDate\"")} >= {span.Start} AND {sql.NoIndex("t.\"CreateDate\"")} < {span.End} AND {where}
        """;

    /// <summary>The rows of <see cref="CreatedRows"/> for chosen tickets only, found by id (their creation day joined to <c>d</c>).</summary>
    public static string CreatedRowsOf(SqlDialect sql, string ids, string tech) => $"""
        {CreatedColumns(sql, tech)}
          FROM tickets t JOIN d ON t."CreateDate" >= d.s AND t."CreateDate" < d.e
          WHERE t."Id" IN ({ids})
        """;

    static string CreatedColumns(SqlDialect sql, string tech) => $"""
        SELECT d.p AS p, {tech} AS k,
            CASE WHEN t."CompletedDate" >= d.s AND t."CompletedDate" < d.e THEN 1 ELSE 0 END AS same_day,
            CASE WHEN t."CompletedDate" IS NULL OR t."CompletedDate" >= d.pe THEN 1 ELSE 0 END AS still_open,
            CASE WHEN t."CreateDate" >= d.pa AND (t."CompletedDate" IS NULL OR t."CompletedDate" >= d.pe) THEN 1 ELSE 0 END AS young,
            CASE WHEN t."FirstResponseDateTime" IS NOT NULL THEN {sql.Hours("t.\"FirstResponseDateTime\"", "t.\"CreateDate\"")} * 60.0 END AS fr
        """;

    /// <summary>Tickets completed in each period: closed, resolution sum and median, SLA, and how many were created before the period or the span.</summary>
    public static string Closed(SqlDialect sql, string instants, SqlSpan span, string where, string tech) => $"""
        WITH {instants},
        x AS ({ClosedRows(sql, span, where, tech)}),
        r AS (
          SELECT x.*, ROW_NUMBER() OVER w AS rn, COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
          FROM x WINDOW w AS (PARTITION BY p, k ORDER BY h))
        SELECT p, k, COUNT(*), SUM(h), AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN h END), SUM(sla), SUM(met), SUM(before_period), SUM(before_span)
        FROM r GROUP BY p, k
        """;

    /// <summary>
    /// One row per ticket completed in a period of the instant table <c>q(p, s, e, s0)</c>: its period p, key k, resolution
    /// hours, whether it had an SLA and met it, and whether it was created before the period and before the first period.
    /// </summary>
    public static string ClosedRows(SqlDialect sql, SqlSpan span, string where, string tech) => $"""
        {ClosedColumns(sql, tech)}
          FROM {sql.TicketsPerPeriod("q", "CompletedDate", where)}
          WHERE {sql.NoIndex("t.\"CompletedDate\"")} >= {span.Start} AND {sql.NoIndex("t.\"CompletedDate\"")} < {span.End} AND {where}
        """;

    /// <summary>The rows of <see cref="ClosedRows"/> for chosen tickets only, found by id (their completion joined to <c>q</c>).</summary>
    public static string ClosedRowsOf(SqlDialect sql, string ids, string tech) => $"""
        {ClosedColumns(sql, tech)}
          FROM tickets t JOIN q ON t."CompletedDate" >= q.s AND t."CompletedDate" < q.e
          WHERE t."Id" IN ({ids})
        """;

    static string ClosedColumns(SqlDialect sql, string tech) => $"""
        SELECT q.p AS p, {tech} AS k, {sql.Hours("t.\"CompletedDate\"", "t.\"CreateDate\"")} AS h,
            CASE WHEN t."ServiceLevelAgreementId" IS NOT NULL THEN 1 ELSE 0 END AS sla,
            CASE WHEN t."ServiceLevelAgreementId" IS NOT NULL AND t."ServiceLevelAgreementHasBeenMet" = TRUE THEN 1 ELSE 0 END AS met,
            CASE WHEN t."CreateDate" < q.s THEN 1 ELSE 0 END AS before_period,
            CASE WHEN t."CreateDate" < q.s0 THEN 1 ELSE 0 END AS before_span
        """;

    /// <summary>
    /// The tickets open at the start of the span that the span's closings do not account for:
    /// never completed, or completed after the span's end. Both halves use the completedDate index.
    /// </summary>
    public static string OpenAtSpanStart(SqlDialect sql, SqlSpan span, string where, string tech) => $"""
        SELECT k, COUNT(*) FROM (
          SELECT {tech} AS k FROM tickets t WHERE t."CompletedDate" IS NULL AND {sql.NoIndex("t.\"CreateDate\"")} < {span.Start} AND {where}
          UNION ALL
          SELECT {tech} AS k FROM tickets t WHERE t."CompletedDate" >= {span.End} AND {sql.NoIndex("t.\"CreateDate\"")} < {span.Start} AND {where}
        ) z GROUP BY k
        """;

    /// <summary>Tickets created in the stretch before a short period that are still young and open at its end.</summary>
    public static string YoungBeforePeriod(string gaps, string where, string tech) => $"""
        WITH {gaps}
        SELECT g.p, {tech} AS k, COUNT(*)
        FROM g JOIN tickets t ON t."CreateDate" >= g.a AND t."CreateDate" < g.s
        WHERE (t."CompletedDate" IS NULL OR t."CompletedDate" >= g.e) AND {where}
        GROUP BY g.p, k
        """;

    /// <summary>
    /// Time by dateWorked, from the time summary or, when the summary cannot express the selection, the raw entries: total and billable hours (×10 000) and, when the report needs it
    /// (no team to count), how many resources entered time. PostgreSQL buckets the entries of one
    /// range scan by a CASE over the period dates (a join with the periods was planned as a scan of
    /// every entry) and sums per resource first so the groups are hashed; SQLite, which sorts for
    /// every GROUP BY, is faster joining the periods and counting distinct resources.
    /// </summary>
    public static string Time(SqlDialect sql, IReadOnlyList<Period> periods, SqlSpan span, string where, string tech, bool countResources, bool fromSummary)
    {
        // The summary (time_summary, aliased e like the entries) holds hours already scaled and summed.
        var (table, hours) = fromSummary ? ("time_summary", "e.\"ScaledHours\"") : ("time_entries", sql.ScaledHours("e.\"HoursWorked\""));
        var total = $"SUM({hours})";
        var billable = $"SUM(CASE WHEN e.\"IsNonBillable\" = FALSE THEN {hours} ELSE 0 END)";
        var range = $"""e."DateWorked" >= {span.FirstDate} AND e."DateWorked" < {span.EndDate} AND {where}""";
        if (!sql.HashesGroups)
        {
            return $"""
                WITH {PeriodSql.Dates(sql, periods)}
                SELECT w.p, {tech} AS k, {total}, {billable}, {(countResources ? "COUNT(DISTINCT e.\"ResourceId\")" : "0")}
                FROM w JOIN {table} e ON e."DateWorked" >= w.ds AND e."DateWorked" < w.de
                WHERE {range}
                GROUP BY w.p, k
                """;
        }

        var bucket = PeriodSql.DateBucket(sql, periods, "e.\"DateWorked\"");
        return $"""
            WITH r AS (
              SELECT {bucket} AS p, {tech} AS k, {total} AS total, {billable} AS billable
              FROM {table} e WHERE {range}
              GROUP BY 1, 2, e."ResourceId")
            SELECT p, k, SUM(total), SUM(billable), {(countResources ? "COUNT(*)" : "0")} FROM r GROUP BY p, k
            """;
    }
}

static class WeekTotalsSql
{
    /// <summary>
    /// Hours and the resources who entered them for whole Monday weeks, from the weekly summary: the same
    /// numbers as <see cref="TotalsSql.Time"/> for periods that are Monday weeks and a selection by queue.
    /// </summary>
    public static string Time(SqlDialect sql, IReadOnlyList<Period> weeks, string where, string tech, bool countResources) => $"""
        WITH w(p, wk) AS (VALUES {string.Join(", ", weeks.Select((p, i) => $"({i.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {sql.Date(p.Start)})"))})
        SELECT w.p, {tech} AS k, SUM(e."ScaledHours"), SUM(e."BillableScaledHours"), {(countResources ? "COUNT(DISTINCT e.\"ResourceId\")" : "0")}
        FROM w JOIN time_week_summary e ON e."WeekStart" = w.wk
        WHERE e."WeekStart" >= {sql.Date(weeks[0].Start)} AND e."WeekStart" <= {sql.Date(weeks[^1].Start)} AND {where}
        GROUP BY w.p, k
        """;

    /// <summary>Whether every period is a Monday-to-Sunday week, as the weekly summary groups them.</summary>
    public static bool AreMondayWeeks(IReadOnlyList<Period> periods) =>
        periods.All(p => p.Start.DayOfWeek == DayOfWeek.Monday && p.EndExclusive == p.Start.AddDays(7));
}

/// <summary>
/// The first instant and the end of a run of consecutive periods, and their first and end dates, as SQL
/// literals. Repeating the whole span as a plain range beside the per-period join tells PostgreSQL's planner
/// how few rows the query reads, so it scans the index range instead of the table. SQLite gets the span's
/// instants through <see cref="SqlDialect.NoIndex"/>: given the choice it searched the index by the constant
/// span once per joined day (91 times the rows of a 13-week grid; 1.5 s instead of 0.3 s on the xl tenant).
/// </summary>
sealed record SqlSpan(string Start, string End, string FirstDate, string EndDate);
