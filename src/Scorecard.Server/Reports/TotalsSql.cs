namespace Scorecard.Server.Reports;

/// <summary>
/// The aggregate queries of a report. Each returns rows keyed by period index <c>p</c> and
/// technician <c>k</c> (0 when the report is not split by technician). Medians are taken with
/// window functions: the middle one or two values of each partition, averaged.
/// </summary>
static class TotalsSql
{
    /// <summary>Tickets created in each period: opened, same-day, still open at the period end, young at it, first-response median.</summary>
    public static string Created(SqlDialect sql, string days, string where, string tech) => $"""
        WITH {days},
        x AS (
          SELECT d.p AS p, {tech} AS k,
            CASE WHEN t."CompletedDate" >= d.s AND t."CompletedDate" < d.e THEN 1 ELSE 0 END AS same_day,
            CASE WHEN t."CompletedDate" IS NULL OR t."CompletedDate" >= d.pe THEN 1 ELSE 0 END AS still_open,
            CASE WHEN t."CreateDate" >= d.pa AND (t."CompletedDate" IS NULL OR t."CompletedDate" >= d.pe) THEN 1 ELSE 0 END AS young,
            CASE WHEN t."FirstResponseDateTime" IS NOT NULL THEN {sql.Hours("t.\"FirstResponseDateTime\"", "t.\"CreateDate\"")} * 60.0 END AS fr
          FROM d JOIN tickets t ON t."CreateDate" >= d.s AND t."CreateDate" < d.e
          WHERE {where}),
        r AS (
          SELECT x.*, ROW_NUMBER() OVER (PARTITION BY p, k ORDER BY (fr IS NULL), fr) AS rn, COUNT(fr) OVER (PARTITION BY p, k) AS n
          FROM x)
        SELECT p, k, COUNT(*), SUM(same_day), SUM(still_open), SUM(young), COUNT(fr),
          AVG(CASE WHEN fr IS NOT NULL AND rn IN ((n + 1) / 2, (n + 2) / 2) THEN fr END)
        FROM r GROUP BY p, k
        """;

    /// <summary>Tickets completed in each period: closed, resolution sum and median, SLA, and how many were created before the period or the span.</summary>
    public static string Closed(SqlDialect sql, string instants, string where, string tech) => $"""
        WITH {instants},
        x AS (
          SELECT q.p AS p, {tech} AS k, {sql.Hours("t.\"CompletedDate\"", "t.\"CreateDate\"")} AS h,
            CASE WHEN t."ServiceLevelAgreementId" IS NOT NULL THEN 1 ELSE 0 END AS sla,
            CASE WHEN t."ServiceLevelAgreementId" IS NOT NULL AND t."ServiceLevelAgreementHasBeenMet" = TRUE THEN 1 ELSE 0 END AS met,
            CASE WHEN t."CreateDate" < q.s THEN 1 ELSE 0 END AS before_period,
            CASE WHEN t."CreateDate" < q.s0 THEN 1 ELSE 0 END AS before_span
          FROM q JOIN tickets t ON t."CompletedDate" >= q.s AND t."CompletedDate" < q.e
          WHERE {where}),
        r AS (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY p, k ORDER BY h) AS rn, COUNT(*) OVER (PARTITION BY p, k) AS n FROM x)
        SELECT p, k, COUNT(*), SUM(h), AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN h END), SUM(sla), SUM(met), SUM(before_period), SUM(before_span)
        FROM r GROUP BY p, k
        """;

    /// <summary>
    /// The tickets open at the start of the span that the span's closings do not account for:
    /// never completed, or completed after the span's end. Both halves use the completedDate index.
    /// </summary>
    public static string OpenAtSpanStart(SqlSpan span, string where, string tech) => $"""
        SELECT k, COUNT(*) FROM (
          SELECT {tech} AS k FROM tickets t WHERE t."CompletedDate" IS NULL AND t."CreateDate" < {span.Start} AND {where}
          UNION ALL
          SELECT {tech} AS k FROM tickets t WHERE t."CompletedDate" >= {span.End} AND t."CreateDate" < {span.Start} AND {where}
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

    /// <summary>Time entries by dateWorked: total and billable hours (×10 000) and how many resources entered time.</summary>
    public static string Time(SqlDialect sql, string dates, string where, string tech) => $"""
        WITH {dates}
        SELECT w.p, {tech} AS k, SUM({sql.ScaledHours("e.\"HoursWorked\"")}),
          SUM(CASE WHEN e."IsNonBillable" = FALSE THEN {sql.ScaledHours("e.\"HoursWorked\"")} ELSE 0 END),
          COUNT(DISTINCT e."ResourceId")
        FROM w JOIN time_entries e ON e."DateWorked" >= w.ds AND e."DateWorked" < w.de
        WHERE {where}
        GROUP BY w.p, k
        """;
}

/// <summary>The first instant and the end of a contiguous run of periods, as SQL literals.</summary>
sealed record SqlSpan(string Start, string End);
