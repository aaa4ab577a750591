using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Data.Summaries;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// What a <see cref="SyncWrite"/> changed that the summary tables depend on: the (date, resource) slices of
/// time entries written or deleted (before and after the write, so an entry moved to another day or
/// resource leaves its old slice right too), and the tickets whose queue, type, source or issue type
/// changed, appeared or went away (their entries' hours move with them). At commit the slices are
/// grouped again from the raw rows (<see cref="TimeSummary"/>), inside the same transaction, and the
/// stretches of time the ticket changes touched are recorded for the report engine (<see cref="TicketChanges"/>), and
/// the weeks of the changed tickets' creation and completion are read again into the weekly ticket summary
/// (<see cref="TicketWeekSummary"/>; new tickets are added to their weeks), in the calendar it is built for, whatever
/// this process is configured with.
/// </summary>
sealed class SummaryChanges
{
    readonly HashSet<DateTime> ticketInstants = [];
    readonly Dictionary<long, TicketFacts> added = [];
    readonly HashSet<(DateOnly, int)> slices = [];
    readonly HashSet<long> tickets = [];
    readonly TicketChanges ticketChanges = new();

    public async Task BeforeUpsertAsync<TRow>(ScorecardDbContext db, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        if (rows is IReadOnlyList<TimeEntryRow> entries)
        {
            foreach (var chunk in entries.Chunk(1000))
            {
                var ids = chunk.Select(e => e.Id).ToList();
                var old = await db.TimeEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.DateWorked, e.ResourceId }).ToListAsync(ct);
                slices.UnionWith(old.Select(o => (o.DateWorked, o.ResourceId)));
                slices.UnionWith(chunk.Select(e => (e.DateWorked, e.ResourceId)));
            }
        }
        else if (rows is IReadOnlyList<TicketRow> written)
        {
            foreach (var chunk in written.Chunk(1000))
            {
                var ids = chunk.Select(t => t.Id).ToList();
                var stored = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(TicketFacts.Stored).ToDictionaryAsync(t => t.Id, t => t.Facts, ct);
                foreach (var t in chunk)
                {
                    var before = stored.TryGetValue(t.Id, out var s) ? s : (TicketFacts?)null;
                    var after = TicketFacts.Of(t);
                    if (before is not { } b || (b.QueueId, b.TicketType, b.Source, b.IssueType) != (after.QueueId, after.TicketType, after.Source, after.IssueType))
                    {
                        tickets.Add(t.Id);
                    }

                    ticketChanges.Add(before, after);
                    if (before is null)
                    {
                        added[t.Id] = after;
                    }
                    else if (added.Remove(t.Id))
                    {
                        // Written twice in this write: its weeks are read again whole, the first version included.
                        Touched(before, null);
                        Touched(null, after);
                    }
                    else
                    {
                        Touched(before, after);
                    }
                }
            }
        }
    }

    public async Task BeforeDeleteAsync<TRow>(IQueryable<TRow> rows, CancellationToken ct)
    {
        if (rows is IQueryable<TimeEntryRow> entries)
        {
            var gone = await entries.AsNoTracking().Select(e => new { e.DateWorked, e.ResourceId }).Distinct().ToListAsync(ct);
            slices.UnionWith(gone.Select(g => (g.DateWorked, g.ResourceId)));
        }
        else if (rows is IQueryable<TicketRow> gone)
        {
            foreach (var (id, facts) in await gone.AsNoTracking().Select(TicketFacts.Stored).ToDictionaryAsync(t => t.Id, t => t.Facts, ct))
            {
                tickets.Add(id);
                ticketChanges.Add(facts, null);
                added.Remove(id);
                Touched(facts, null);
            }
        }
    }

    /// <summary>
    /// Brings the summaries up to date with this transaction's raw rows and records the ticket changes under the
    /// write's data version; call it last, just before commit.
    /// </summary>
    public async Task ApplyAsync(ScorecardDbContext db, long version, DateTime now, CancellationToken ct)
    {
        await ticketChanges.WriteAsync(db, version, now, ct);
        if (slices.Count == 0 && tickets.Count == 0 && ticketInstants.Count == 0 && added.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            // Two writers recomputing one slice or week at once (a webhook beside the sync) could each insert their
            // grouping; one at a time, each sees the other's committed rows.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7283510)", ct);
        }

        slices.UnionWith(await TimeSummary.SlicesOfTicketsAsync(db, tickets, ct));
        await TimeSummary.RecomputeAsync(db, slices, ct);
        if (ticketInstants.Count > 0 || added.Count > 0)
        {
            // A summary built for a zone this machine does not know (or none) cannot be kept: it is dropped from use.
            if (await TicketWeekSummary.BuiltCalendarAsync(db, ct) is { } calendar)
            {
                var wholeWeeks = ticketInstants.Select(at => TicketWeekSummary.WeekOf(calendar, at)).ToHashSet();
                await TicketWeekSummary.AddNewAsync(db, calendar, added, wholeWeeks, ct);
                await TicketWeekSummary.RecomputeAsync(db, calendar, wholeWeeks, ct);
            }
            else
            {
                await TicketWeekSummary.ForgetAsync(db, ct);
            }
        }

        slices.Clear();
        tickets.Clear();
        ticketInstants.Clear();
        added.Clear();
    }

    /// <summary>The instants whose weeks a ticket's rows in the weekly summary depend on: its creation and completion, before and after.</summary>
    void Touched(TicketFacts? before, TicketFacts? after)
    {
        if (before == after)
        {
            return;
        }

        foreach (var at in new[] { before?.Create, before?.Completed, after?.Create, after?.Completed })
        {
            if (at is { } utc)
            {
                ticketInstants.Add(utc);
            }
        }
    }
}
