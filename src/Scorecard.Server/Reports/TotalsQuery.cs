using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Data;

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
    public async Task<Dictionary<(int Period, int Technician), PeriodTotals>> RunAsync(
        Selection selection, IReadOnlyList<Period> periods, bool byTechnician, IReadOnlySet<int>? team, CancellationToken ct)
    {
        var sql = SqlDialect.For(db);
        if (sql.SessionSettings is { } settings)
        {
            await ReadAsync(settings, _ => { }, ct);
        }

        var ticketTech = byTechnician ? Selection.TicketTechnician : "0";
        var timeTech = byTechnician ? Selection.TimeTechnician : "0";
        var where = selection.TicketWhere;
        var span = new SqlSpan(sql.Instant(periods[0].StartUtc), sql.Instant(periods[^1].EndUtc), sql.Date(periods[0].Start), sql.Date(periods[^1].EndExclusive));
        var acc = new Dictionary<(int, int), Accumulator>();
        Accumulator At(int p, int k) => acc.TryGetValue((p, k), out var a) ? a : acc[(p, k)] = new Accumulator();

        await ReadAsync(TotalsSql.Created(sql, PeriodSql.Days(sql, calendar, periods), span, where, ticketTech), r =>
        {
            var a = At(r.GetInt32(0), Int(r, 1));
            (a.Opened, a.SameDay, a.StillOpen, a.Young, a.FirstResponses) = (Int(r, 2), Int(r, 3), Int(r, 4), Int(r, 5), Int(r, 6));
            a.FirstResponseMedian = Double(r, 7);
        }, ct);

        var anchor = new Dictionary<int, int>();
        await ReadAsync(TotalsSql.Closed(sql, PeriodSql.Instants(sql, periods), span, where, ticketTech), r =>
        {
            var k = Int(r, 1);
            var a = At(r.GetInt32(0), k);
            (a.Closed, a.ResolutionSum, a.ResolutionMedian) = (Int(r, 2), Double(r, 3) ?? 0, Double(r, 4));
            (a.WithSla, a.SlaMet, a.ClosedCreatedBefore) = (Int(r, 5), Int(r, 6), Int(r, 7));
            anchor[k] = anchor.GetValueOrDefault(k) + Int(r, 8);
        }, ct);

        await ReadAsync(TotalsSql.OpenAtSpanStart(sql, span, where, ticketTech), r => anchor[Int(r, 0)] = anchor.GetValueOrDefault(Int(r, 0)) + Int(r, 1), ct);

        if (PeriodSql.Gaps(sql, periods) is { } gaps)
        {
            await ReadAsync(TotalsSql.YoungBeforePeriod(gaps, where, ticketTech), r => At(r.GetInt32(0), Int(r, 1)).Young += Int(r, 2), ct);
        }

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

    async Task ReadAsync(string text, Action<DbDataReader> row, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = text;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row(reader);
        }
    }

    static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    static decimal Scaled(DbDataReader r, int i) =>
        r.IsDBNull(i) ? 0 : Math.Round(Convert.ToDecimal(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) / 10_000m;

    sealed class Accumulator
    {
        public int Opened, SameDay, StillOpen, Young, FirstResponses, Closed, WithSla, SlaMet, ClosedCreatedBefore, TimeResources;
        public double? FirstResponseMedian, ResolutionMedian;
        public double ResolutionSum;
        public decimal TotalHours, BillableHours;

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
