using System.Globalization;
using Scorecard.Periods;

namespace Scorecard.Server.Reports;

/// <summary>
/// Period boundaries as SQL VALUES tables. The calendar computes every boundary in C# (local day
/// → UTC instant, exact across DST), so the SQL only compares stored values with constants.
/// </summary>
static class PeriodSql
{
    /// <summary>How long a ticket must have been open at a period end to count as aged.</summary>
    public static readonly TimeSpan AgedAfter = TimeSpan.FromDays(7);

    /// <summary><c>d(p, s, e, pe, pa)</c>: every local day [s, e) of period p, with the period's end pe and aged cut-off pa.</summary>
    public static string Days(SqlDialect sql, ReportingCalendar calendar, IReadOnlyList<Period> periods) =>
        Values("d(p, s, e, pe, pa)", periods.SelectMany((p, i) => calendar.DaysOf(p).Select(d =>
            $"({I(i)}, {sql.Instant(d.StartUtc)}, {sql.Instant(d.EndUtc)}, {sql.Instant(p.EndUtc)}, {sql.Instant(p.EndUtc - AgedAfter)})")));

    /// <summary><c>q(p, s, e, s0)</c>: period p's instants [s, e) and the start of the first period.</summary>
    public static string Instants(SqlDialect sql, IReadOnlyList<Period> periods) =>
        Values("q(p, s, e, s0)", periods.Select((p, i) =>
            $"({I(i)}, {sql.Instant(p.StartUtc)}, {sql.Instant(p.EndUtc)}, {sql.Instant(periods[0].StartUtc)})"));

    /// <summary><c>w(p, ds, de)</c>: period p's local dates [ds, de), for dateWorked.</summary>
    public static string Dates(SqlDialect sql, IReadOnlyList<Period> periods) =>
        Values("w(p, ds, de)", periods.Select((p, i) => $"({I(i)}, {sql.Date(p.Start)}, {sql.Date(p.EndExclusive)})"));

    /// <summary>
    /// <c>g(p, a, s, e)</c>: for periods shorter than the aged cut-off, the stretch [a, s) before the
    /// period in which a ticket is young at the period end. Null when no period has one.
    /// </summary>
    public static string? Gaps(SqlDialect sql, IReadOnlyList<Period> periods)
    {
        var rows = periods.Select((p, i) => (p, i)).Where(x => x.p.EndUtc - AgedAfter < x.p.StartUtc)
            .Select(x => $"({I(x.i)}, {sql.Instant(x.p.EndUtc - AgedAfter)}, {sql.Instant(x.p.StartUtc)}, {sql.Instant(x.p.EndUtc)})")
            .ToList();
        return rows.Count == 0 ? null : Values("g(p, a, s, e)", rows);
    }

    static string Values(string name, IEnumerable<string> rows) => $"{name} AS (VALUES {string.Join(", ", rows)})";

    static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
