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
/// week of the configured calendar and per queue, in the write's transaction. A week a change to an existing ticket
/// touched is read again from the raw tickets, with the very SQL the report uses for a period
/// (<see cref="TotalsSql.CreatedRows"/>, <see cref="TotalsSql.ClosedRows"/>); a ticket new in the write is added to its
/// weeks (<see cref="AddNewAsync"/>), its values computed by the same SQL.
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
        await ReadGroupsAsync(db, groups, $"WITH {PeriodSql.Days(sql, calendar, weeks)} {TotalsSql.CreatedRows(sql, span, "1 = 1", QueueKey)}",
            $"WITH {PeriodSql.Instants(sql, weeks)} {TotalsSql.ClosedRows(sql, span, "1 = 1", QueueKey)}", ct);

        var starts = weeks.Select(w => w.Start).ToList();
        await db.TicketWeekSummaries.Where(s => starts.Contains(s.WeekStart)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, sql, groups.Select(g => g.Value.ToRow(weeks[g.Key.Week].Start, g.Key.Queue)), ct);
    }

    /// <summary>
    /// Adds tickets that are new in this write to the weeks of their creation and completion, except the weeks in
    /// <paramref name="wholeWeeks"/> (read again whole from the tickets in the same write, which includes them). A new
    /// ticket adds to a week independently of every other ticket, so adding its counts and merging its values into the
    /// sorted lists gives what reading the week again would; its values are computed by the report's SQL, as they are
    /// there. A first sync so costs each batch its own tickets, not a re-read of every week it touches.
    /// </summary>
    public static async Task AddNewAsync(ScorecardDbContext db, ReportingCalendar calendar, IReadOnlyDictionary<long, TicketFacts> tickets,
        IReadOnlySet<DateOnly> wholeWeeks, CancellationToken ct)
    {
        var weeks = tickets.Values.SelectMany(t => new[] { t.Create, t.Completed }).OfType<DateTime>()
            .Select(at => WeekOf(calendar, at)).Where(w => !wholeWeeks.Contains(w)).Distinct().Order().Select(calendar.WeekContaining).ToList();
        if (weeks.Count == 0)
        {
            return;
        }

        var sql = SqlDialect.For(db);
        var groups = new Dictionary<(int Week, int Queue), Group>();
        foreach (var chunk in tickets.Keys.Chunk(500))
        {
            var ids = string.Join(", ", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await ReadGroupsAsync(db, groups, $"WITH {PeriodSql.Days(sql, calendar, weeks)} {TotalsSql.CreatedRowsOf(sql, ids, QueueKey)}",
                $"WITH {PeriodSql.Instants(sql, weeks)} {TotalsSql.ClosedRowsOf(sql, ids, QueueKey)}", ct);
        }

        // The rows of every touched week and queue are read, merged with what the new tickets add, and written back.
        var starts = groups.Keys.Select(k => weeks[k.Week].Start).Distinct().ToList();
        var queues = groups.Keys.Select(k => k.Queue).Distinct().ToList();
        var held = await db.TicketWeekSummaries.AsNoTracking().Where(s => starts.Contains(s.WeekStart) && queues.Contains(s.QueueId)).ToListAsync(ct);
        var byKey = held.ToDictionary(r => (r.WeekStart, r.QueueId));
        foreach (var ((week, queue), added) in groups)
        {
            byKey[(weeks[week].Start, queue)] = added.Plus(byKey.GetValueOrDefault((weeks[week].Start, queue))).ToRow(weeks[week].Start, queue);
        }

        await db.TicketWeekSummaries.Where(s => starts.Contains(s.WeekStart) && queues.Contains(s.QueueId)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, sql, byKey.Values, ct);
    }

    /// <summary>Adds the rows of a <see cref="TotalsSql.CreatedRows"/> and a <see cref="TotalsSql.ClosedRows"/> query (keyed by week index and queue) to <paramref name="groups"/>.</summary>
    static async Task ReadGroupsAsync(ScorecardDbContext db, Dictionary<(int Week, int Queue), Group> groups, string created, string closed, CancellationToken ct)
    {
        Group At(DbDataReader r) => groups.TryGetValue((r.GetInt32(0), SqlReader.Int(r, 1)), out var g) ? g : groups[(r.GetInt32(0), SqlReader.Int(r, 1))] = new Group();
        await SqlReader.ReadAsync(db, created, r =>
        {
            var g = At(r);
            g.Opened++;
            (g.SameDay, g.StillOpen, g.Young) = (g.SameDay + SqlReader.Int(r, 2), g.StillOpen + SqlReader.Int(r, 3), g.Young + SqlReader.Int(r, 4));
            if (SqlReader.Double(r, 5) is { } minutes)
            {
                g.FirstResponses.Add(minutes);
            }
        }, ct);
        await SqlReader.ReadAsync(db, closed, r =>
        {
            var g = At(r);
            var hours = SqlReader.Double(r, 2) ?? 0;
            g.Closed++;
            g.Resolutions.Add(hours);
            g.ResolutionSum += hours;
            (g.WithSla, g.SlaMet, g.ClosedCreatedBefore) = (g.WithSla + SqlReader.Int(r, 3), g.SlaMet + SqlReader.Int(r, 4), g.ClosedCreatedBefore + SqlReader.Int(r, 5));
        }, ct);
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

        /// <summary>This group with a stored row's counts and values added (or itself when there is none).</summary>
        public Group Plus(TicketWeekSummaryRow? row)
        {
            if (row is not null)
            {
                (Opened, SameDay, StillOpen, Young, Closed) = (Opened + row.Opened, SameDay + row.SameDay, StillOpen + row.StillOpen, Young + row.Young, Closed + row.Closed);
                (WithSla, SlaMet, ClosedCreatedBefore) = (WithSla + row.WithSla, SlaMet + row.SlaMet, ClosedCreatedBefore + row.ClosedCreatedBefore);
                ResolutionSum += row.ResolutionHoursSum;
                FirstResponses.AddRange(SortedValues.Decode(row.FirstResponseMinutes));
                Resolutions.AddRange(SortedValues.Decode(row.ResolutionHours));
            }

            return this;
        }

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
