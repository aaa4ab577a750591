using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Summaries;

namespace Scorecard.Server.Reports;

/// <summary>
/// Runs the aggregate queries for a run of consecutive periods and assembles each period's
/// <see cref="PeriodTotals"/>, per technician when asked. The backlog at each period end is
/// carried forward from the backlog at the span's start: + tickets created in the period and
/// still open at its end, − tickets closed in it that were created before it. That reads only
/// the span's tickets and the open ones, never the whole history once per period.
/// </summary>
sealed class TotalsQuery(ScorecardDbContext db, ReportingCalendar calendar, Capacity capacity)
{
    /// <param name="periods">Periods in order; consecutive unless the ticket side comes from <paramref name="cache"/>.</param>
    /// <param name="cache">When given, the ticket side of periods (and the backlog at the span's start) that no ticket change touched since is taken from it.</param>
    /// <param name="dataVersion">The data version read before this computation began, which labels what goes into the cache.</param>
    public async Task<Dictionary<(int Period, int Technician), PeriodTotals>> RunAsync(
        Selection selection, IReadOnlyList<Period> periods, bool byTechnician, IReadOnlySet<int>? team, CancellationToken ct,
        TicketPeriodCache? cache = null, long dataVersion = 0)
    {
        var sql = SqlDialect.For(db);
        if (sql.SessionSettings is { } settings)
        {
            await ReadAsync(settings, _ => { }, ct);
        }

        var timeTech = byTechnician ? Selection.TimeTechnician : "0";
        var span = Span(sql, periods);
        var acc = new Dictionary<(int, int), Accumulator>();
        Accumulator At(int p, int k) => acc.TryGetValue((p, k), out var a) ? a : acc[(p, k)] = new Accumulator();

        var anchor = cache is not null && CanCache(selection, byTechnician)
            ? await CachedTicketsAsync(selection, periods, cache, dataVersion, At, ct)
            : await TicketsAsync(selection, periods, byTechnician, withAnchor: true, At, ct);

        // The weekly summary when it can answer, else the daily one, else (a company filter) the raw entries.
        var countResources = !byTechnician && team is null;
        var summary = selection.SummaryTimeWhere;
        var time = WeekTotalsSql.AreMondayWeeks(periods) && selection.WeekSummaryTimeWhere is { } weekly
            ? WeekTotalsSql.Time(sql, periods, weekly, timeTech, countResources)
            : TotalsSql.Time(sql, periods, span, summary ?? selection.TimeWhere, timeTech, countResources, fromSummary: summary is not null);
        await ReadAsync(time, r =>
        {
            var a = At(r.GetInt32(0), Int(r, 1));
            (a.TotalHours, a.BillableHours, a.TimeResources) = (Scaled(r, 2), Scaled(r, 3), Int(r, 4));
        }, ct);

        // Without a split by technician there is exactly one key, 0, even when nothing happened.
        var technicians = byTechnician ? acc.Keys.Select(x => x.Item2).Concat(anchor.Keys).ToHashSet() : [0];
        if (byTechnician && team is not null)
        {
            technicians.UnionWith(team);
        }

        var result = new Dictionary<(int, int), PeriodTotals>();
        foreach (var k in technicians)
        {
            var backlog = anchor.GetValueOrDefault(k);
            for (var p = 0; p < periods.Count; p++)
            {
                var a = acc.GetValueOrDefault((p, k)) ?? new Accumulator();
                backlog += a.StillOpen - a.ClosedCreatedBefore;
                var techs = byTechnician ? 1 : team?.Count ?? a.TimeResources;
                result[(p, k)] = a.ToTotals(backlog, techs, capacity.WorkingDaysIn(periods[p]), capacity.DailyHours);
            }
        }

        return result;
    }

    /// <summary>
    /// The ticket side straight from the tickets: per period created and completed, and (with the anchor) the backlog at
    /// the span's start per technician: the tickets open then that the span's closings do not account for, plus those closings.
    /// </summary>
    async Task<Dictionary<int, int>> TicketsAsync(Selection selection, IReadOnlyList<Period> periods, bool byTechnician, bool withAnchor,
        Func<int, int, Accumulator> at, CancellationToken ct)
    {
        var sql = SqlDialect.For(db);
        var ticketTech = byTechnician ? Selection.TicketTechnician : "0";
        var where = selection.TicketWhere;
        var span = Span(sql, periods);
        await ReadAsync(TotalsSql.Created(sql, PeriodSql.Days(sql, calendar, periods), span, where, ticketTech), r =>
        {
            var a = at(r.GetInt32(0), Int(r, 1));
            (a.Opened, a.SameDay, a.StillOpen, a.Young, a.FirstResponses) = (Int(r, 2), Int(r, 3), Int(r, 4), Int(r, 5), Int(r, 6));
            a.FirstResponseMedian = Double(r, 7);
        }, ct);

        var anchor = new Dictionary<int, int>();
        await ReadAsync(TotalsSql.Closed(sql, PeriodSql.Instants(sql, periods), span, where, ticketTech), r =>
        {
            var k = Int(r, 1);
            var a = at(r.GetInt32(0), k);
            (a.Closed, a.ResolutionSum, a.ResolutionMedian) = (Int(r, 2), Double(r, 3) ?? 0, Double(r, 4));
            (a.WithSla, a.SlaMet, a.ClosedCreatedBefore) = (Int(r, 5), Int(r, 6), Int(r, 7));
            anchor[k] = anchor.GetValueOrDefault(k) + Int(r, 8);
        }, ct);

        if (withAnchor)
        {
            await ReadAsync(TotalsSql.OpenAtSpanStart(sql, span, where, ticketTech), r => anchor[Int(r, 0)] = anchor.GetValueOrDefault(Int(r, 0)) + Int(r, 1), ct);
        }

        if (PeriodSql.Gaps(sql, periods) is { } gaps)
        {
            await ReadAsync(TotalsSql.YoungBeforePeriod(gaps, where, ticketTech), r => at(r.GetInt32(0), Int(r, 1)).Young += Int(r, 2), ct);
        }

        return anchor;
    }

    /// <summary>
    /// The ticket side from the cache where no ticket change touched it, the rest computed (only the stale periods) and
    /// stored. The backlog at the span's start comes from the cache, from the computation when every period was
    /// stale (as <see cref="TicketsAsync"/> counts it), or from counting the tickets open at that instant.
    /// </summary>
    async Task<Dictionary<int, int>> CachedTicketsAsync(Selection selection, IReadOnlyList<Period> periods, TicketPeriodCache cache, long dataVersion,
        Func<int, int, Accumulator> at, CancellationToken ct)
    {
        var scope = $"{calendar.Zone.Id}|{selection.TicketWhere}";
        var (held, anchor) = await cache.ReadAsync(db, scope, periods, dataVersion, ct);
        var stale = Enumerable.Range(0, periods.Count).Where(i => held[i] is null || !Keepable(periods[i])).ToList();

        // Whole weeks of a selection by queue come from the weekly ticket summary (a few hundred rows, no sorting of tickets).
        var summarized = stale.Count > 0 && selection.SelectsTicketsByQueueOnly && await TicketWeekSummary.IsBuiltForAsync(db, calendar, ct)
            ? stale.Where(i => TicketWeekSummary.Holds(calendar, periods[i])).ToList()
            : [];
        if (summarized.Count > 0)
        {
            var values = await TicketWeekSummary.ReadAsync(db, summarized.Select(i => periods[i]).ToList(), selection.Definition.Filter, ct);
            for (var j = 0; j < summarized.Count; j++)
            {
                held[summarized[j]] = values[j];
                cache.Store(scope, periods[summarized[j]], dataVersion, values[j], fromSummary: true);
            }

            stale = stale.Except(summarized).ToList();
        }

        var everything = stale.Count == periods.Count;
        if (stale.Count > 0)
        {
            var fresh = new Dictionary<int, Accumulator>();
            var counted = await TicketsAsync(selection, stale.Select(i => periods[i]).ToList(), byTechnician: false, withAnchor: everything && anchor is null,
                (p, _) => fresh.TryGetValue(p, out var a) ? a : fresh[p] = new Accumulator(), ct);
            for (var j = 0; j < stale.Count; j++)
            {
                held[stale[j]] = (fresh.GetValueOrDefault(j) ?? new Accumulator()).TicketSide();
                if (Keepable(periods[stale[j]]))
                {
                    cache.Store(scope, periods[stale[j]], dataVersion, held[stale[j]]!);
                }
            }

            if (everything && anchor is null)
            {
                anchor = counted.GetValueOrDefault(0);
                cache.StoreAnchor(scope, periods[0].StartUtc, dataVersion, anchor.Value);
            }
        }

        if (anchor is null)
        {
            var sql = SqlDialect.For(db);
            var start = sql.Instant(periods[0].StartUtc);
            var count = 0;
            await ReadAsync(TotalsSql.OpenAtSpanStart(sql, new SqlSpan(start, start, "", ""), selection.TicketWhere, "0"), r => count += Int(r, 1), ct);
            anchor = count;
            cache.StoreAnchor(scope, periods[0].StartUtc, dataVersion, count);
        }

        for (var i = 0; i < periods.Count; i++)
        {
            at(i, 0).SetTicketSide(held[i]!);
        }

        return new Dictionary<int, int> { [0] = anchor.Value };
    }

    /// <summary>The cache holds the ticket side of whole periods for a selection without a technician.</summary>
    static bool CanCache(Selection selection, bool byTechnician) => !byTechnician && selection.Technician is null;

    /// <summary>
    /// Periods shorter than the aged cut-off (a day, or the week of the spring DST change, 167 hours) also count tickets
    /// created before them (<see cref="TotalsSql.YoungBeforePeriod"/>), which no mark covers: they are always computed.
    /// </summary>
    static bool Keepable(Period p) => p.EndUtc - p.StartUtc >= PeriodSql.AgedAfter;

    static SqlSpan Span(SqlDialect sql, IReadOnlyList<Period> periods) =>
        new(sql.Instant(periods[0].StartUtc), sql.Instant(periods[^1].EndUtc), sql.Date(periods[0].Start), sql.Date(periods[^1].EndExclusive));

    Task ReadAsync(string text, Action<DbDataReader> row, CancellationToken ct) => SqlReader.ReadAsync(db, text, row, ct);

    static int Int(DbDataReader r, int i) => SqlReader.Int(r, i);

    static double? Double(DbDataReader r, int i) => SqlReader.Double(r, i);

    static decimal Scaled(DbDataReader r, int i) =>
        r.IsDBNull(i) ? 0 : Math.Round(Convert.ToDecimal(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) / 10_000m;

    sealed class Accumulator
    {
        public int Opened, SameDay, StillOpen, Young, FirstResponses, Closed, WithSla, SlaMet, ClosedCreatedBefore, TimeResources;
        public double? FirstResponseMedian, ResolutionMedian;
        public double ResolutionSum;
        public decimal TotalHours, BillableHours;

        public TicketPeriod TicketSide() => new(Opened, SameDay, StillOpen, Young, FirstResponses, FirstResponseMedian,
            Closed, ResolutionSum, ResolutionMedian, WithSla, SlaMet, ClosedCreatedBefore);

        public void SetTicketSide(TicketPeriod t)
        {
            (Opened, SameDay, StillOpen, Young, FirstResponses, FirstResponseMedian) = (t.Opened, t.SameDay, t.StillOpen, t.Young, t.FirstResponses, t.FirstResponseMedian);
            (Closed, ResolutionSum, ResolutionMedian, WithSla, SlaMet, ClosedCreatedBefore) = (t.Closed, t.ResolutionSum, t.ResolutionMedian, t.WithSla, t.SlaMet, t.ClosedCreatedBefore);
        }

        public PeriodTotals ToTotals(int backlog, int technicians, int workingDays, double dailyHours) => new()
        {
            Opened = Opened,
            ClosedSameDay = SameDay,
            FirstResponses = FirstResponses,
            FirstResponseMedianMinutes = FirstResponseMedian,
            Closed = Closed,
            ResolutionHoursSum = ResolutionSum,
            ResolutionMedianHours = ResolutionMedian,
            ClosedWithSla = WithSla,
            SlaMet = SlaMet,
            OpenBacklog = backlog,
            AgedBacklog = backlog - Young,
            BillableHours = BillableHours,
            TotalHours = TotalHours,
            Technicians = technicians,
            WorkingDays = workingDays,
            DailyHours = dailyHours,
        };
    }
}
