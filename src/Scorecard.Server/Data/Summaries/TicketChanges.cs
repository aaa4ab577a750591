using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Summaries;

/// <summary>
/// The fields of a ticket that the report's ticket aggregates read when they are not split by technician:
/// when it was created, completed and first answered, the scorecard filters, and its SLA outcome.
/// </summary>
readonly record struct TicketFacts(DateTime Create, DateTime? Completed, DateTime? FirstResponse, int? QueueId, int CompanyId,
    int? TicketType, int? Source, int? IssueType, int? SlaId, bool? SlaMet)
{
    public static TicketFacts Of(TicketRow t) => new(t.CreateDate, t.CompletedDate, t.FirstResponseDateTime, t.QueueId, t.CompanyId,
        t.TicketType, t.Source, t.IssueType, t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet);

    /// <summary>A stored ticket's id and facts, reading only those columns.</summary>
    public static readonly Expression<Func<TicketRow, StoredTicketFacts>> Stored = t => new StoredTicketFacts(t.Id, new TicketFacts(
        t.CreateDate, t.CompletedDate, t.FirstResponseDateTime, t.QueueId, t.CompanyId,
        t.TicketType, t.Source, t.IssueType, t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet));

    /// <summary>Whether a scorecard filter could select the ticket differently.</summary>
    public bool SameFilters(TicketFacts o) => (QueueId, CompanyId, TicketType, Source, IssueType) == (o.QueueId, o.CompanyId, o.TicketType, o.Source, o.IssueType);
}

sealed record StoredTicketFacts(long Id, TicketFacts Facts);

/// <summary>
/// Records which stretches of time a write's ticket changes touched (<see cref="TicketChangeRow"/>), in the
/// write's transaction. From a ticket's facts before and after the write:
/// <list type="bullet">
/// <item>new, deleted, refiltered (queue, company, type, source, issue type) or re-dated at creation: the
/// periods of its old and new creation and completion, and the backlog over its whole old and new life;</item>
/// <item>completed at another time (closed, reopened): the periods of the old and new completion, and the
/// backlog between them. The creation's period needs no mark: its same-day and still-open counts change
/// only if the earlier of the two completions lies inside it, and that completion is marked;</item>
/// <item>first response moved: the creation's period; SLA outcome: the completion's periods.</item>
/// </list>
/// Anything else (title, status, activity, assignment) changes no aggregate these marks guard, so the
/// constant stream of edits to old tickets does not throw cached periods away.
/// </summary>
sealed class TicketChanges
{
    /// <summary>How long changes are kept; a cached value older than half of this is not trusted.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(2);

    /// <summary>At most this many stretches of each kind per write: neighbours are merged (marking more is always safe).</summary>
    const int MaxPerKind = 32;

    readonly List<(DateTime From, DateTime To)> periods = [];
    readonly List<(DateTime From, DateTime To)> backlog = [];

    public bool IsEmpty => periods.Count == 0 && backlog.Count == 0;

    public void Add(TicketFacts? before, TicketFacts? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is not { } b || after is not { } a || !b.SameFilters(a) || b.Create != a.Create)
        {
            foreach (var f in new[] { before, after })
            {
                if (f is { } x)
                {
                    Period(x.Create);
                    Period(x.Completed);
                    Backlog(x.Create, x.Completed);
                }
            }

            return;
        }

        if (b.Completed != a.Completed)
        {
            Period(b.Completed);
            Period(a.Completed);
            Backlog(Earlier(b.Completed, a.Completed), Later(b.Completed, a.Completed));
        }

        if (b.FirstResponse != a.FirstResponse)
        {
            Period(a.Create);
        }

        if ((b.SlaId, b.SlaMet) != (a.SlaId, a.SlaMet))
        {
            Period(b.Completed);
            Period(a.Completed);
        }
    }

    /// <summary>
    /// Records that every period and every backlog changed, under the current data version: for tickets written
    /// around the sync (tools and tests that load rows directly); call it after bumping the version, in the same transaction.
    /// </summary>
    public static async Task EverythingChangedAsync(ScorecardDbContext db, DateTime now, CancellationToken ct)
    {
        var all = new TicketChanges();
        all.periods.Add((DateTime.MinValue, DateTime.MaxValue));
        all.backlog.Add((DateTime.MinValue, DateTime.MaxValue));
        await all.WriteAsync(db, (await DataVersion.ReadAsync(db, ct)).Version, now, ct);
    }

    /// <summary>Stores the marks under the write's new data version and prunes old ones; call it inside the write's transaction.</summary>
    public async Task WriteAsync(ScorecardDbContext db, long version, DateTime now, CancellationToken ct)
    {
        if (IsEmpty)
        {
            return;
        }

        var rows = Merge(periods).Select(r => Row(false, r)).Concat(Merge(backlog).Select(r => Row(true, r))).ToList();
        db.TicketChanges.AddRange(rows);
        await db.SaveChangesAsync(ct);
        var cutoff = now - Kept;
        await db.TicketChanges.Where(c => c.MarkedUtc < cutoff).ExecuteDeleteAsync(ct);
        periods.Clear();
        backlog.Clear();

        TicketChangeRow Row(bool isBacklog, (DateTime From, DateTime To) r) =>
            new() { Version = version, Backlog = isBacklog, FromUtc = r.From, ToUtc = r.To, MarkedUtc = now };
    }

    void Period(DateTime? at)
    {
        if (at is { } t)
        {
            periods.Add((t, t));
        }
    }

    // A ticket is in the backlog at T when created before T and not completed before T; never completed: to the end of time.
    void Backlog(DateTime from, DateTime? to)
    {
        var end = to ?? DateTime.MaxValue;
        backlog.Add(from <= end ? (from, end) : (end, from));
    }

    static DateTime Earlier(DateTime? x, DateTime? y) => (x ?? DateTime.MaxValue) < (y ?? DateTime.MaxValue) ? x!.Value : y!.Value;

    static DateTime? Later(DateTime? x, DateTime? y) => x is null || y is null ? null : x > y ? x : y;

    /// <summary>Overlapping stretches joined; then, while too many remain, the closest neighbours joined.</summary>
    static List<(DateTime From, DateTime To)> Merge(List<(DateTime From, DateTime To)> ranges)
    {
        var merged = new List<(DateTime From, DateTime To)>();
        foreach (var r in ranges.OrderBy(r => r.From))
        {
            if (merged.Count > 0 && r.From <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, r.To > merged[^1].To ? r.To : merged[^1].To);
            }
            else
            {
                merged.Add(r);
            }
        }

        while (merged.Count > MaxPerKind)
        {
            var gaps = Enumerable.Range(1, merged.Count - 1).Select(i => merged[i].From - merged[i - 1].To).Order().ToList();
            var join = gaps[merged.Count - MaxPerKind - 1];
            var next = new List<(DateTime From, DateTime To)> { merged[0] };
            foreach (var r in merged.Skip(1))
            {
                if (r.From - next[^1].To <= join)
                {
                    next[^1] = (next[^1].From, r.To > next[^1].To ? r.To : next[^1].To);
                }
                else
                {
                    next.Add(r);
                }
            }

            merged = next;
        }

        return merged;
    }
}
