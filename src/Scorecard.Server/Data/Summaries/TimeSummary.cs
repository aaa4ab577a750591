using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Data.Summaries;

/// <summary>
/// Keeps <c>time_summary</c> (<see cref="Rows.TimeSummaryRow"/>) equal to a GROUP BY over the raw time
/// entries joined to their tickets. Nothing is applied as a delta: a changed (date, resource) slice is
/// deleted and grouped again from the raw rows, in the caller's transaction, so the summary is exactly
/// what the raw rows say when the transaction commits, or the transaction did not happen. The weekly
/// regrouping (<c>time_week_summary</c>, <see cref="Rows.TimeWeekSummaryRow"/>) is then regrouped the same
/// way from the daily summary for each changed (week, resource).
/// </summary>
static class TimeSummary
{
    /// <summary>The summary format this code writes; a database holding a smaller one is rebuilt at start-up.</summary>
    public const int Format = 2;

    const int SlicesPerStatement = 500;

    const string Columns = """
        "DateWorked", "ResourceId", "OnTicket", "QueueId", "TicketType", "Source", "IssueType", "IsNonBillable", "ScaledHours", "Entries"
        """;

    /// <summary>Groups the raw rows again for these (date, resource) slices, replacing what the summary held for them.</summary>
    public static async Task RecomputeAsync(ScorecardDbContext db, IReadOnlyCollection<(DateOnly Date, int Resource)> slices, CancellationToken ct)
    {
        var sql = SqlDialect.For(db);
        foreach (var chunk in slices.Chunk(SlicesPerStatement))
        {
            var values = "s(d, r) AS (VALUES " + string.Join(", ", chunk.Select(x => $"({sql.Date(x.Date)}, {Int(x.Resource)})")) + ")";
            await ExecuteAsync(db, $"""WITH {values} DELETE FROM time_summary WHERE ("DateWorked", "ResourceId") IN (SELECT d, r FROM s)""", ct);
            await ExecuteAsync(db, $"WITH {values} INSERT INTO time_summary ({Columns}) {Grouped(sql, "s JOIN time_entries e ON e.\"DateWorked\" = s.d AND e.\"ResourceId\" = s.r")}", ct);
        }

        var weeks = slices.Select(x => (Week: WeekOf(x.Date), x.Resource)).Distinct().ToList();
        foreach (var chunk in weeks.Chunk(SlicesPerStatement))
        {
            var pairs = "u(wk, r) AS (VALUES " + string.Join(", ", chunk.Select(x => $"({sql.Date(x.Week)}, {Int(x.Resource)})")) + ")";
            var days = "v(wk, d, r) AS (VALUES " + string.Join(", ", chunk.SelectMany(x => Enumerable.Range(0, 7)
                .Select(i => $"({sql.Date(x.Week)}, {sql.Date(x.Week.AddDays(i))}, {Int(x.Resource)})"))) + ")";
            await ExecuteAsync(db, $"""WITH {pairs} DELETE FROM time_week_summary WHERE ("WeekStart", "ResourceId") IN (SELECT wk, r FROM u)""", ct);
            await ExecuteAsync(db, $"WITH {days} {WeeksGrouped("v JOIN time_summary e ON e.\"DateWorked\" = v.d AND e.\"ResourceId\" = v.r")}", ct);
        }
    }

    /// <summary>The Monday of a date's week.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Replaces the whole summary with a grouping of every raw row (start-up after an upgrade, tests and benches that write raw rows).</summary>
    public static async Task RebuildAsync(ScorecardDbContext db, CancellationToken ct)
    {
        // Grouping millions of entries takes longer than the 30 s a command may take by default (about a minute on the xl tenant).
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await RebuildAllAsync(db, ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    static async Task RebuildAllAsync(ScorecardDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM time_summary", ct);
        var sql = SqlDialect.For(db);
        await ExecuteAsync(db, $"INSERT INTO time_summary ({Columns}) {Grouped(sql, "time_entries e")}", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM time_week_summary", ct);
        var dates = await db.TimeSummaries.AsNoTracking().Select(e => e.DateWorked).Distinct().ToListAsync(ct);
        foreach (var chunk in dates.GroupBy(WeekOf).Chunk(SlicesPerStatement))
        {
            var days = "v(wk, d) AS (VALUES " + string.Join(", ", chunk.SelectMany(w => w.Select(d => $"({sql.Date(w.Key)}, {sql.Date(d)})"))) + ")";
            await ExecuteAsync(db, $"WITH {days} {WeeksGrouped("v JOIN time_summary e ON e.\"DateWorked\" = v.d")}", ct);
        }

        await db.SummaryStates.Where(s => s.Id == Rows.SummaryStateRow.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Format, Format), ct);
    }

    /// <summary>
    /// Builds the summary once when the database holds an older format (or none, as after the migration that
    /// adds it), in one transaction. Claiming the state row first makes a second instance starting at the
    /// same time wait and then find the work done.
    /// </summary>
    public static async Task<bool> EnsureBuiltAsync(ScorecardDbContext db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.SummaryStates.Where(s => s.Id == Rows.SummaryStateRow.SingletonId && s.Format < Format)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Format, Format), ct);
        if (claimed == 0)
        {
            return false;
        }

        await RebuildAsync(db, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The (date, resource) slices of the entries on these tickets: a ticket's queue or type moved, so its hours move.</summary>
    public static async Task<List<(DateOnly, int)>> SlicesOfTicketsAsync(ScorecardDbContext db, IEnumerable<long> tickets, CancellationToken ct)
    {
        var slices = new List<(DateOnly, int)>();
        foreach (var chunk in tickets.Select(t => (int)t).Chunk(1000))
        {
            var rows = await db.TimeEntries.AsNoTracking().Where(e => e.TicketId != null && chunk.Contains(e.TicketId.Value))
                .Select(e => new { e.DateWorked, e.ResourceId }).Distinct().ToListAsync(ct);
            slices.AddRange(rows.Select(r => (r.DateWorked, r.ResourceId)));
        }

        return slices;
    }

    // Only dates and ids the server read from its own rows reach the SQL text, as literals of the dialect.
    static Task<int> ExecuteAsync(ScorecardDbContext db, string text, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(text, ct);

    static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

    static string WeeksGrouped(string from) => $"""
        INSERT INTO time_week_summary ("WeekStart", "ResourceId", "OnTicket", "QueueId", "ScaledHours", "BillableScaledHours", "Entries")
        SELECT v.wk, e."ResourceId", e."OnTicket", e."QueueId", SUM(e."ScaledHours"),
          SUM(CASE WHEN e."IsNonBillable" = FALSE THEN e."ScaledHours" ELSE 0 END), SUM(e."Entries")
        FROM {from}
        GROUP BY v.wk, e."ResourceId", e."OnTicket", e."QueueId"
        """;

    static string Grouped(SqlDialect sql, string from) => $"""
        SELECT e."DateWorked", e."ResourceId", CASE WHEN t."Id" IS NULL THEN FALSE ELSE TRUE END, t."QueueId", t."TicketType", t."Source", t."IssueType",
          e."IsNonBillable", CAST(SUM({sql.ScaledHours("e.\"HoursWorked\"")}) AS BIGINT), COUNT(*)
        FROM {from} LEFT JOIN tickets t ON t."Id" = e."TicketId"
        GROUP BY e."DateWorked", e."ResourceId", CASE WHEN t."Id" IS NULL THEN FALSE ELSE TRUE END, t."QueueId", t."TicketType", t."Source", t."IssueType", e."IsNonBillable"
        """;
}
