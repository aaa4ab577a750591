using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Scorecard.Periods;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Data.Summaries;

namespace Scorecard.Server.Reports;

/// <summary>
/// The ticket side of reports, per period and selection, and the backlog at the start of a span, kept in
/// memory with the data version each was computed at. An entry is used only while no newer ticket change
/// (<see cref="TicketChangeRow"/>, written by the sync in the same transaction as the tickets) covers its
/// period or instant, and only for half as long as changes are kept after it was last checked. So after a sync cycle that touched
/// this week's tickets a 13-week grid computes this week again and reuses the other twelve, with numbers
/// exactly equal to a computation from scratch. Bounded: past <see cref="MaxEntries"/> it starts empty again.
/// <para>
/// With a <see cref="TicketPeriodStore"/>, what is computed is also stored in the database, and what memory lacks is
/// looked for there (then checked the same way): after a restart, or on another instance, a grid computes only what
/// changed since. A stored entry found still good is stored again at most every <see cref="StoreCheckedEvery"/>, so
/// the read path writes little and it never ages out while reports keep asking for it.
/// </para>
/// </summary>
public sealed class TicketPeriodCache(TimeProvider clock, TicketPeriodStore? store = null)
{
    public const int MaxEntries = 50_000;

    /// <summary>How often an entry still found good is stored again with its new version (well inside the day it is trusted for).</summary>
    public static readonly TimeSpan StoreCheckedEvery = TimeSpan.FromHours(6);

    readonly ConcurrentDictionary<string, Entry> entries = new();
    long reused, computed, summarized;

    /// <summary>Periods and anchors answered from memory so far (for tests and benchmarks).</summary>
    public long Reused => Interlocked.Read(ref reused);

    /// <summary>Periods and anchors computed so far.</summary>
    public long Computed => Interlocked.Read(ref computed);

    /// <summary>Of the periods computed, those read from the weekly ticket summary rather than the tickets.</summary>
    public long Summarized => Interlocked.Read(ref summarized);

    /// <summary>
    /// What is still good for these periods of one selection (<paramref name="scope"/>): per period the ticket side or
    /// null, and the backlog at the first period's start or null. What is still good is stamped with
    /// <paramref name="dataVersion"/> (read before this call, so every change up to it was visible to the check): the
    /// next check then reads only the changes after it, and an entry checked at least daily never ages out.
    /// </summary>
    internal async Task<(TicketPeriod?[] Periods, int? Anchor)> ReadAsync(ScorecardDbContext db, string scope, IReadOnlyList<Period> periods,
        long dataVersion, CancellationToken ct)
    {
        var trustedSince = clock.GetUtcNow().UtcDateTime - TicketChanges.Kept / 2;
        Entry? Held(string key) => entries.TryGetValue(key, out var e) && e.ComputedUtc >= trustedSince ? e : null;
        var held = periods.Select(p => Held(PeriodKey(scope, p))).ToArray();
        var anchor = Held(AnchorKey(scope, periods[0].StartUtc));
        if (store is not null && (anchor is null || held.Any(e => e is null)))
        {
            await LoadStoredAsync(db, scope, periods, trustedSince, ct);
            held = periods.Select(p => Held(PeriodKey(scope, p))).ToArray();
            anchor = Held(AnchorKey(scope, periods[0].StartUtc));
        }

        var versions = held.Append(anchor).OfType<Entry>().Select(e => e.Version).ToList();
        if (versions.Count == 0)
        {
            return (new TicketPeriod?[periods.Count], null);
        }

        var (start, end, oldest) = (periods[0].StartUtc, periods[^1].EndUtc, versions.Min());
        var changes = await db.TicketChanges.AsNoTracking()
            .Where(c => c.Version > oldest && c.FromUtc <= end && c.ToUtc >= start)
            .Select(c => new { c.Version, c.Backlog, c.FromUtc, c.ToUtc }).ToListAsync(ct);
        var result = new TicketPeriod?[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var (e, p) = (held[i], periods[i]);
            if (e is not null && !changes.Any(c => !c.Backlog && c.Version > e.Version && c.FromUtc <= p.EndUtc && c.ToUtc >= p.StartUtc))
            {
                result[i] = e.Period;
                Restamp(PeriodKey(scope, p), e, dataVersion);
            }
        }

        int? backlog = null;
        if (anchor is not null && !changes.Any(c => c.Backlog && c.Version > anchor.Version && c.FromUtc <= start && c.ToUtc >= start))
        {
            backlog = anchor.Anchor;
            Restamp(AnchorKey(scope, start), anchor, dataVersion);
        }

        Interlocked.Add(ref reused, result.Count(r => r is not null) + (backlog is null ? 0 : 1));
        return (result, backlog);
    }

    void Restamp(string key, Entry checkedEntry, long dataVersion)
    {
        if (dataVersion <= checkedEntry.Version)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var persist = store is not null && now - checkedEntry.StoredUtc >= StoreCheckedEvery;
        var restamped = checkedEntry with { Version = dataVersion, ComputedUtc = now, StoredUtc = persist ? now : checkedEntry.StoredUtc };
        if (entries.TryUpdate(key, restamped, checkedEntry) && persist)
        {
            store!.Save(restamped.ToRow());
        }
    }

    internal void Store(string scope, Period period, long version, TicketPeriod value, bool fromSummary = false)
    {
        Interlocked.Add(ref summarized, fromSummary ? 1 : 0);
        Put(PeriodKey(scope, period), Entry.Now(clock, scope, false, period.StartUtc, period.EndUtc, version, value, 0));
    }

    internal void StoreAnchor(string scope, DateTime at, long version, int backlog) =>
        Put(AnchorKey(scope, at), Entry.Now(clock, scope, true, at, at, version, null, backlog));

    void Put(string key, Entry entry)
    {
        Interlocked.Increment(ref computed);
        Keep(key, entry);
        store?.Save(entry.ToRow());
    }

    void Keep(string key, Entry entry)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        // Two computations of one key at once: the one computed at the newer version stays.
        entries.AddOrUpdate(key, entry, (_, old) => old.Version > entry.Version ? old : entry);
    }

    /// <summary>Brings into memory the stored entries of these periods (and the anchor at their start) that can still be checked.</summary>
    async Task LoadStoredAsync(ScorecardDbContext db, string scope, IReadOnlyList<Period> periods, DateTime trustedSince, CancellationToken ct)
    {
        var scopeKey = TicketPeriodStore.ScopeKey(scope);
        var rows = await TicketPeriodStore.LoadAsync(db, scopeKey, periods[0].StartUtc, periods[^1].StartUtc, trustedSince, ct);
        foreach (var r in rows)
        {
            var (start, end) = (DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc), DateTime.SpecifyKind(r.EndUtc, DateTimeKind.Utc));
            var period = r.IsAnchor ? null : new TicketPeriod(r.Opened, r.SameDay, r.StillOpen, r.Young, r.FirstResponses, r.FirstResponseMedian,
                r.Closed, r.ResolutionSum, r.ResolutionMedian, r.WithSla, r.SlaMet, r.ClosedCreatedBefore);
            var checkedUtc = DateTime.SpecifyKind(r.CheckedUtc, DateTimeKind.Utc);
            Keep(r.IsAnchor ? AnchorKey(scope, start) : PeriodKey(scope, start, end),
                new Entry(r.Version, checkedUtc, period, r.Backlog, scopeKey, r.IsAnchor, start, end, checkedUtc));
        }
    }

    static string PeriodKey(string scope, Period p) => PeriodKey(scope, p.StartUtc, p.EndUtc);

    static string PeriodKey(string scope, DateTime start, DateTime end) => $"{scope}|{start.Ticks}-{end.Ticks}";

    static string AnchorKey(string scope, DateTime at) => $"{scope}|backlog@{at.Ticks}";

    /// <summary>
    /// A value, the data version it is known good at, when it was computed or last checked, what it is stored under and
    /// when it was last stored.
    /// </summary>
    sealed record Entry(long Version, DateTime ComputedUtc, TicketPeriod? Period, int Anchor,
        string ScopeKey, bool IsAnchor, DateTime StartUtc, DateTime EndUtc, DateTime StoredUtc)
    {
        public static Entry Now(TimeProvider clock, string scope, bool isAnchor, DateTime start, DateTime end, long version, TicketPeriod? period, int anchor)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return new Entry(version, now, period, anchor, TicketPeriodStore.ScopeKey(scope), isAnchor, start, end, now);
        }

        static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);

        public TicketPeriodTotalsRow ToRow()
        {
            var p = Period;
            return new TicketPeriodTotalsRow
            {
                // UTC kinds, so PostgreSQL stores the instants themselves whatever the session's time zone.
                Scope = ScopeKey, IsAnchor = IsAnchor, StartUtc = Utc(StartUtc), EndUtc = Utc(EndUtc), Version = Version, CheckedUtc = Utc(ComputedUtc),
                Opened = p?.Opened ?? 0, SameDay = p?.SameDay ?? 0, StillOpen = p?.StillOpen ?? 0, Young = p?.Young ?? 0,
                FirstResponses = p?.FirstResponses ?? 0, FirstResponseMedian = p?.FirstResponseMedian, Closed = p?.Closed ?? 0,
                ResolutionSum = p?.ResolutionSum ?? 0, ResolutionMedian = p?.ResolutionMedian, WithSla = p?.WithSla ?? 0,
                SlaMet = p?.SlaMet ?? 0, ClosedCreatedBefore = p?.ClosedCreatedBefore ?? 0, Backlog = Anchor,
            };
        }
    }
}

/// <summary>The ticket side of one period's totals (no split by technician), as the aggregate queries return it.</summary>
sealed record TicketPeriod(int Opened, int SameDay, int StillOpen, int Young, int FirstResponses, double? FirstResponseMedian,
    int Closed, double ResolutionSum, double? ResolutionMedian, int WithSla, int SlaMet, int ClosedCreatedBefore);
