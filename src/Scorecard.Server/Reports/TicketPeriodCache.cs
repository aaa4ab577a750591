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
/// </summary>
public sealed class TicketPeriodCache(TimeProvider clock)
{
    public const int MaxEntries = 50_000;

    readonly ConcurrentDictionary<string, Entry> entries = new();
    long reused, computed;

    /// <summary>Periods and anchors answered from memory so far (for tests and benchmarks).</summary>
    public long Reused => Interlocked.Read(ref reused);

    /// <summary>Periods and anchors computed so far.</summary>
    public long Computed => Interlocked.Read(ref computed);

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
        if (dataVersion > checkedEntry.Version)
        {
            entries.TryUpdate(key, checkedEntry with { Version = dataVersion, ComputedUtc = clock.GetUtcNow().UtcDateTime }, checkedEntry);
        }
    }

    internal void Store(string scope, Period period, long version, TicketPeriod value) =>
        Put(PeriodKey(scope, period), new Entry(version, clock.GetUtcNow().UtcDateTime, value, 0));

    internal void StoreAnchor(string scope, DateTime at, long version, int backlog) =>
        Put(AnchorKey(scope, at), new Entry(version, clock.GetUtcNow().UtcDateTime, null, backlog));

    void Put(string key, Entry entry)
    {
        Interlocked.Increment(ref computed);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        // Two computations of one key at once: the one computed at the newer version stays.
        entries.AddOrUpdate(key, entry, (_, old) => old.Version > entry.Version ? old : entry);
    }

    static string PeriodKey(string scope, Period p) => $"{scope}|{p.StartUtc.Ticks}-{p.EndUtc.Ticks}";

    static string AnchorKey(string scope, DateTime at) => $"{scope}|backlog@{at.Ticks}";

    /// <summary>A value, the data version it is known good at, and when it was computed or last checked.</summary>
    sealed record Entry(long Version, DateTime ComputedUtc, TicketPeriod? Period, int Anchor);
}

/// <summary>The ticket side of one period's totals (no split by technician), as the aggregate queries return it.</summary>
sealed record TicketPeriod(int Opened, int SameDay, int StillOpen, int Young, int FirstResponses, double? FirstResponseMedian,
    int Closed, double ResolutionSum, double? ResolutionMedian, int WithSla, int SlaMet, int ClosedCreatedBefore);
