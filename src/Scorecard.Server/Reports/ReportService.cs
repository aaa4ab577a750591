using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Caching;
using Scorecard.Server.Data;

namespace Scorecard.Server.Reports;

/// <summary>
/// The one report service: turns a scorecard definition and a span of periods into a
/// <see cref="Report"/>, aggregated in the database. Reports are cached under (definition
/// version, span, period in progress, data version); the data version is read on every call
/// (one single-row read), so a report is computed once per data change and a number is never
/// older than the data version it claims. Concurrent identical requests wait for one computation.
/// Below that, the ticket side of each period is kept until a ticket change touches it
/// (<see cref="TicketPeriodCache"/>), so a new data version recomputes only the periods it changed.
/// </summary>
public sealed class ReportService(IDbContextFactory<ScorecardDbContext> dbFactory, ReportingCalendar calendar, Capacity capacity,
    TimeProvider clock, ReportCache cache, TicketPeriodCache ticketPeriods, CurrentDataVersion dataVersion)
{
    public ReportingCalendar Calendar => calendar;

    /// <param name="waitForFresh">
    /// For what people keep (exports, e-mails): wait for the report of the current data however long it takes. Views
    /// wait at most <c>Scorecard:Reports:FreshWait</c> and otherwise get the previous report, which names its version.
    /// </param>
    public async Task<Report> ReportAsync(ScorecardDefinition definition, IReadOnlyList<Period> periods, CancellationToken ct, bool waitForFresh = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await ReadVersionAsync(ct);
        var key = $"report|{definition.CacheKey}|{string.Join(',', periods.Select(p => p.Key))}|now:{InProgressKey(periods, now)}";
        return await cache.GetOrCreateAsync(key, version, () => ComputeAsync(definition, periods, version, CancellationToken.None), ct, waitForFresh);
    }

    /// <summary>One period split by technician: the team's members (or everyone who appears), each with the whole catalogue.</summary>
    public async Task<TechnicianReport> TechniciansAsync(ScorecardDefinition definition, Period period, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await ReadVersionAsync(ct);
        var key = $"technicians|{definition.CacheKey}|{period.Key}|now:{InProgressKey([period], now)}";
        return await cache.GetOrCreateAsync(key, version, () => ComputeTechniciansAsync(definition, period, version, CancellationToken.None), ct);
    }

    // Concurrent viewers share one read (never one begun before they asked), so a burst costs one query.
    Task<long> ReadVersionAsync(CancellationToken ct) => dataVersion.ReadAsync(ct);

    async Task<Report> ComputeAsync(ScorecardDefinition definition, IReadOnlyList<Period> periods, long version, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await TeamAsync(db, definition.Team, ct);
        var query = new TotalsQuery(db, calendar, capacity);
        var columns = new List<(Period, PeriodTotals)>();
        foreach (var run in ConsecutiveRuns(periods))
        {
            var totals = await query.RunAsync(new Selection(definition), run, byTechnician: false, team, ct, ticketPeriods, version);
            columns.AddRange(run.Select((p, i) => (p, totals.GetValueOrDefault((i, 0)) ?? PeriodTotals.Empty)));
        }

        var warnings = await DefinitionWarnings.FindAsync(db, definition, ct);
        return ReportBuilder.Build(definition, columns, clock.GetUtcNow().UtcDateTime, warnings, version);
    }

    async Task<TechnicianReport> ComputeTechniciansAsync(ScorecardDefinition definition, Period period, long version, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await TeamAsync(db, definition.Team, ct);
        var totals = await new TotalsQuery(db, calendar, capacity).RunAsync(new Selection(definition), [period], byTechnician: true, team, ct);
        var ids = totals.Keys.Select(k => k.Technician).Where(k => team is null || team.Contains(k)).Distinct().Order().ToList();
        var names = await ResourceNamesAsync(db, ids, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var warnings = await DefinitionWarnings.FindAsync(db, definition, ct);
        var rows = ids.Select(id => new TechnicianRow(id, names.GetValueOrDefault(id),
            ReportBuilder.Build(definition, [(period, totals[(0, id)])], now, warnings, version))).ToList();
        return new TechnicianReport(definition, period, rows, warnings, version);
    }

    /// <summary>The team's members now: named resources and the members of its queues; null when the scorecard has no team.</summary>
    internal static async Task<IReadOnlySet<int>?> TeamAsync(ScorecardDbContext db, Team team, CancellationToken ct)
    {
        if (team.IsEmpty)
        {
            return null;
        }

        var queues = team.MemberQueues.ToList();
        var members = await db.ResourceRoleQueues.AsNoTracking().Where(m => queues.Contains(m.QueueId)).Select(m => m.ResourceId).Distinct().ToListAsync(ct);
        return members.Concat(team.Resources).ToHashSet();
    }

    internal static async Task<Dictionary<int, string>> ResourceNamesAsync(ScorecardDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var wanted = ids.Select(i => (long)i).ToList();
        var rows = await db.Resources.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToListAsync(ct);
        var names = rows.ToDictionary(r => (int)r.Id, r => r.DisplayName);
        if (ids.Contains(0))
        {
            names[0] = "Unassigned";
        }

        return names;
    }

    /// <summary>Which period is in progress: a cached report's colours and averages depend on it.</summary>
    static string InProgressKey(IReadOnlyList<Period> periods, DateTime now)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].IsInProgressAt(now))
            {
                return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return periods.Count > 0 && now < periods[0].StartUtc ? "before" : "done";
    }

    static IEnumerable<IReadOnlyList<Period>> ConsecutiveRuns(IReadOnlyList<Period> periods)
    {
        var run = new List<Period>();
        foreach (var p in periods)
        {
            if (run.Count > 0 && run[^1].EndUtc != p.StartUtc)
            {
                yield return run;
                run = [];
            }

            run.Add(p);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}

/// <summary>One technician's report for a period.</summary>
public sealed record TechnicianRow(int ResourceId, string? Name, Report Report);

public sealed record TechnicianReport(ScorecardDefinition Scorecard, Period Period, IReadOnlyList<TechnicianRow> Technicians,
    IReadOnlyList<string> Warnings, long DataVersion);
