using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Definitions;
using Scorecard.Periods;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Data.Summaries;

/// <summary>
/// Keeps <c>ticket_week_summary</c> (<see cref="TicketWeekSummaryRow"/>) equal to the report's own ticket aggregates per
/// week of the configured calendar and per queue. As with the time summary nothing is applied as a delta: a week a
/// ticket change touched is read again from the raw tickets, with the very SQL the report uses for a period
/// (<see cref="TotalsSql.CreatedRows"/>, <see cref="TotalsSql.ClosedRows"/>), in the write's transaction.
/// <para>
/// A week's row depends only on tickets created or completed in it (its "young" count looks back 7 days from its end,
/// which stays inside a week of at least 7 × 24 hours; the one short week a year at the spring DST change is never
/// read from here), so the weeks to read again are those of a changed ticket's creation and completion, before and after.
/// </para>
/// </summary>
static class TicketWeekSummary
{
    /// <summary>At most this many consecutive weeks are read in one pass (about a quarter of tickets in memory).</summary>
    const int WeeksPerPass = 13;

    const string QueueKey = "COALESCE(t.\"QueueId\", 0)";

    /// <summary>Which calendar the summary's weeks belong to.</summary>
    public static string CalendarKey(ReportingCalendar calendar) => $"{calendar.Zone.Id}|{calendar.WeekStart}";

    /// <summary>The start of the week an instant falls in.</summary>
    public static DateOnly WeekOf(ReportingCalendar calendar, DateTime utc) => calendar.WeekContaining(calendar.LocalDate(utc)).Start;

    /// <summary>Whether a report's period can be read from the summary: a whole week of this calendar, at least 7 × 24 hours long.</summary>
    public static bool Holds(ReportingCalendar calendar, Period period) =>
        period.Start.DayOfWeek == calendar.WeekStart && period.EndExclusive == period.Start.AddDays(7)
        && period.EndUtc - period.StartUtc >= PeriodSql.AgedAfter;

    /// <summary>Whether the database's summary holds this calendar's weeks (built at start-up; a second instance configured otherwise would differ).</summary>
    public static async Task<bool> IsBuiltForAsync(ScorecardDbContext db, ReportingCalendar calendar, CancellationToken ct)
    {
        var key = CalendarKey(calendar);
        return await db.SummaryStates.AsNoTracking().AnyAsync(s => s.Id == SummaryStateRow.SingletonId && s.TicketWeekCalendar == key, ct);
    }

    /// <summary>
    /// The calendar the summary is built for, or null before it is built. Every writer keeps the summary in this calendar,
    /// even a process configured with another zone (a command-line run), so it never drifts from the tickets.
    /// </summary>
    public static async Task<ReportingCalendar?> BuiltCalendarAsync(ScorecardDbContext db, CancellationToken ct)
    {
        var key = await db.SummaryStates.AsNoTracking().Where(s => s.Id == SummaryStateRow.SingletonId).Select(s => s.TicketWeekCalendar).SingleOrDefaultAsync(ct);
        if (key?.Split('|') is [var zone, var weekStart] && Enum.TryParse<DayOfWeek>(weekStart, out var day)
            && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return ReportingCalendar.ForZone(zone, day);
        }

        return null;
    }

    /// <summary>Marks the summary as built for no calendar, so no report reads it until start-up builds it again.</summary>
    public static Task ForgetAsync(ScorecardDbContext db, CancellationToken ct) =>
        db.SummaryStates.Where(s => s.Id == SummaryStateRow.SingletonId && s.TicketWeekCalendar != "")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, ""), ct);

    /// <summary>Reads these weeks again from the raw tickets, replacing what the summary held for them; call it inside the write's transaction.</summary>
    public static async Task RecomputeAsync(ScorecardDbContext db, ReportingCalendar calendar, IEnumerable<DateOnly> weekStarts, CancellationToken ct)
    {
        var weeks = weekStarts.Distinct().Order().Select(calendar.WeekContaining).ToList();
        var run = new List<Period>();
        foreach (var week in weeks)
        {
            if (run.Count == WeeksPerPass || (run.Count > 0 && run[^1].EndExclusive != week.Start))
            {
                await GroupAsync(db, calendar, run, ct);
                run.Clear();
            }

            run.Add(week);
        }

        if (run.Count > 0)
        {
            await GroupAsync(db, calendar, run, ct);
        }
    }

    /// <summary>
    /// Builds the summary for the configured calendar when the database holds another one (or none, as after the
    /// migration that adds it), in one transaction. Claiming the state row first makes a second instance starting at
    /// the same time wait and then find the work done.
    /// </summary>
    public static async Task<bool> EnsureBuiltAsync(ScorecardDbContext db, ReportingCalendar calendar, CancellationToken ct)
    {
        var key = CalendarKey(calendar);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.SummaryStates.Where(s => s.Id == SummaryStateRow.SingletonId && s.TicketWeekCalendar != key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, key), ct);
        if (claimed == 0)
        {
            return false;
        }

        await RebuildAsync(db, calendar, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Replaces the whole summary with every week from the first ticket's to the last (start-up, and tests and benches that write raw rows).</summary>
    public static async Task RebuildAsync(ScorecardDbContext db, ReportingCalendar calendar, CancellationToken ct)
    {
        await db.TicketWeekSummaries.ExecuteDeleteAsync(ct);
        var first = await db.Tickets.MinAsync(t => (DateTime?)t.CreateDate, ct);
        var lastCreated = await db.Tickets.MaxAsync(t => (DateTime?)t.CreateDate, ct);
        var firstCompleted = await db.Tickets.MinAsync(t => t.CompletedDate, ct);
        var lastCompleted = await db.Tickets.MaxAsync(t => t.CompletedDate, ct);
        if (first is { } from && lastCreated is { } to)
        {
            from = firstCompleted < from ? firstCompleted.Value : from;
            to = lastCompleted > to ? lastCompleted.Value : to;
            var weeks = new List<DateOnly>();
            for (var w = WeekOf(calendar, from); w <= WeekOf(calendar, to); w = w.AddDays(7))
            {
                weeks.Add(w);
            }

            await RecomputeAsync(db, calendar, weeks, ct);
        }

        var key = CalendarKey(calendar);
        await db.SummaryStates.Where(s => s.Id == SummaryStateRow.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(x => x.TicketWeekCalendar, key), ct);
    }

    /// <summary>
    /// The ticket side of these weeks for a selection by queue (in or out), one entry per week, from the summary: counts
    /// summed over the selected queues, medians over their sorted values merged.
    /// </summary>
    public static async Task<TicketPeriod[]> ReadAsync(ScorecardDbContext db, IReadOnlyList<Period> weeks, TicketFilter filter, CancellationToken ct)
    {
        var starts = weeks.Select(w => w.Start).ToList();
        var rows = db.TicketWeekSummaries.AsNoTracking().Where(s => starts.Contains(s.WeekStart));
        if (filter.QueuesIn.Count > 0)
        {
            var queuesIn = filter.QueuesIn.ToList();
            rows = rows.Where(s => queuesIn.Contains(s.QueueId));
        }

        if (filter.QueuesOut.Count > 0)
        {
            var queuesOut = filter.QueuesOut.ToList();
            rows = rows.Where(s => !queuesOut.Contains(s.QueueId));
        }

        var byWeek = (await rows.ToListAsync(ct)).ToLookup(r => r.WeekStart);
        return weeks.Select(w => Combine(byWeek[w.Start].ToList())).ToArray();
    }

    static TicketPeriod Combine(List<TicketWeekSummaryRow> rows)
    {
        var firstResponses = rows.Select(r => SortedValues.Decode(r.FirstResponseMinutes)).ToList();
        var resolutions = rows.Select(r => SortedValues.Decode(r.ResolutionHours)).ToList();
        return new TicketPeriod(rows.Sum(r => r.Opened), rows.Sum(r => r.SameDay), rows.Sum(r => r.StillOpen), rows.Sum(r => r.Young),
            firstResponses.Sum(v => v.Length), SortedValues.Median(firstResponses),
            rows.Sum(r => r.Closed), rows.Sum(r => r.ResolutionHoursSum), SortedValues.Median(resolutions),
            rows.Sum(r => r.WithSla), rows.Sum(r => r.SlaMet), rows.Sum(r => r.ClosedCreatedBefore));
    }

    /// <summary>Reads consecutive weeks' tickets once per side and writes one row per week and queue that has any.</summary>
    static async Task GroupAsync(ScorecardDbContext db, ReportingCalendar calendar, List<Period> weeks, CancellationToken ct)
    {
        var sql = SqlDialect.For(db);
        var span = new SqlSpan(sql.Instant(weeks[0].StartUtc), sql.Instant(weeks[^1].EndUtc), "", "");
        var groups = new Dictionary<(int Week, int Queue), Group>();
        Group At(DbDataReader r) => groups.TryGetValue((r.GetInt32(0), SqlReader.Int(r, 1)), out var g) ? g : groups[(r.GetInt32(0), SqlReader.Int(r, 1))] = new Group();

        await SqlReader.ReadAsync(db, $"WITH {PeriodSql.Days(sql, calendar, weeks)} {TotalsSql.CreatedRows(sql, span, "1 = 1", QueueKey)}", r =>
        {
            var g = At(r);
            g.Opened++;
            (g.SameDay, g.StillOpen, g.Young) = (g.SameDay + SqlReader.Int(r, 2), g.StillOpen + SqlReader.Int(r, 3), g.Young + SqlReader.Int(r, 4));
            if (SqlReader.Double(r, 5) is { } minutes)
            {
                g.FirstResponses.Add(minutes);
            }
        }, ct);
        await SqlReader.ReadAsync(db, $"WITH {PeriodSql.Instants(sql, weeks)} {TotalsSql.ClosedRows(sql, span, "1 = 1", QueueKey)}", r =>
        {
            var g = At(r);
            var hours = SqlReader.Double(r, 2) ?? 0;
            g.Closed++;
            g.Resolutions.Add(hours);
            g.ResolutionSum += hours;
            (g.WithSla, g.SlaMet, g.ClosedCreatedBefore) = (g.WithSla + SqlReader.Int(r, 3), g.SlaMet + SqlReader.Int(r, 4), g.ClosedCreatedBefore + SqlReader.Int(r, 5));
        }, ct);

        var starts = weeks.Select(w => w.Start).ToList();
        await db.TicketWeekSummaries.Where(s => starts.Contains(s.WeekStart)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, sql, groups.Select(g => g.Value.ToRow(weeks[g.Key.Week].Start, g.Key.Queue)), ct);
    }

    // Inserted with one prepared command on the write's own connection and transaction: the rows never enter the
    // context's change tracker, where a week written twice in one write would collide with its earlier self.
    static async Task InsertAsync(ScorecardDbContext db, SqlDialect sql, IEnumerable<TicketWeekSummaryRow> rows, CancellationToken ct)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        string[] columns = ["QueueId", "Opened", "SameDay", "StillOpen", "Young", "FirstResponseMinutes", "Closed", "ResolutionHoursSum", "ResolutionHours", "WithSla", "SlaMet", "ClosedCreatedBefore"];
        var parameters = columns.Select((c, i) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = $"@p{i}";
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var row in rows)
        {
            cmd.CommandText = $"INSERT INTO ticket_week_summary (\"WeekStart\", {string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({sql.Date(row.WeekStart)}, {string.Join(", ", parameters.Select(p => p.ParameterName))})";
            object[] values = [row.QueueId, row.Opened, row.SameDay, row.StillOpen, row.Young, row.FirstResponseMinutes, row.Closed, row.ResolutionHoursSum,
                row.ResolutionHours, row.WithSla, row.SlaMet, row.ClosedCreatedBefore];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    sealed class Group
    {
        public int Opened, SameDay, StillOpen, Young, Closed, WithSla, SlaMet, ClosedCreatedBefore;
        public double ResolutionSum;
        public readonly List<double> FirstResponses = [], Resolutions = [];

        public TicketWeekSummaryRow ToRow(DateOnly week, int queue) => new()
        {
            WeekStart = week,
            QueueId = queue,
            Opened = Opened,
            SameDay = SameDay,
            StillOpen = StillOpen,
            Young = Young,
            FirstResponseMinutes = SortedValues.Encode(FirstResponses),
            Closed = Closed,
            ResolutionHoursSum = ResolutionSum,
            ResolutionHours = SortedValues.Encode(Resolutions),
            WithSla = WithSla,
            SlaMet = SlaMet,
            ClosedCreatedBefore = ClosedCreatedBefore,
        };
    }
}
