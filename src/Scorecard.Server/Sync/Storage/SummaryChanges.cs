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
/// grouped again from the raw rows (<see cref="TimeSummary"/>), inside the same transaction.
/// </summary>
sealed class SummaryChanges
{
    readonly HashSet<(DateOnly, int)> slices = [];
    readonly HashSet<long> tickets = [];

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
                var stored = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id))
                    .Select(t => new { t.Id, t.QueueId, t.TicketType, t.Source, t.IssueType }).ToDictionaryAsync(t => t.Id, ct);
                tickets.UnionWith(chunk.Where(t => !stored.TryGetValue(t.Id, out var s)
                    || (s.QueueId, s.TicketType, s.Source, s.IssueType) != (t.QueueId, t.TicketType, t.Source, t.IssueType)).Select(t => t.Id));
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
            tickets.UnionWith(await gone.AsNoTracking().Select(t => t.Id).ToListAsync(ct));
        }
    }

    /// <summary>Brings the summary up to date with this transaction's raw rows; call it last, just before commit.</summary>
    public async Task ApplyAsync(ScorecardDbContext db, CancellationToken ct)
    {
        if (slices.Count == 0 && tickets.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            // Two writers recomputing one slice at once (a webhook beside the sync) could each insert their
            // grouping; one at a time, each sees the other's committed rows.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7283510)", ct);
        }

        slices.UnionWith(await TimeSummary.SlicesOfTicketsAsync(db, tickets, ct));
        await TimeSummary.RecomputeAsync(db, slices, ct);
        slices.Clear();
        tickets.Clear();
    }
}
