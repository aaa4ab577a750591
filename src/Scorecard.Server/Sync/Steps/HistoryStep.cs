using System.Diagnostics;
using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// An entity whose history loads newest first. The first run stores the recent window (the current
/// quarter) and sets the watermark, so incremental reads start at once; <see cref="BackfillAsync"/> then
/// loads what the <see cref="HistoryShape{TRow}"/> says remains (open tickets of any age, then windows
/// back to the history start), a window at a time, each paged by id and resumable, counted once for
/// progress and time left. Records changed after the load began come with the incremental reads.
/// </summary>
class HistoryStep<TModel, TRow>(
    string entity,
    string modifiedField,
    Func<AutotaskClient, EntityClient<TModel>> source,
    Func<TModel, DateTime, TRow> map,
    SyncParts parts,
    HistoryShape<TRow> shape,
    string? newerOnly = null)
    : ModifiedSinceStep<TModel, TRow>(entity, modifiedField, source, map, parts, newerOnly), IBackfillStep
    where TModel : class, IAutotaskEntity
    where TRow : class, ISyncedRow
{
    const string Recent = "recent", Open = "open", History = "history";

    protected override async Task FirstLoadAsync(StepRun run, SyncStateRow state, CancellationToken ct)
    {
        await BeginLoadAsync(run, state, Recent, ct, s => s.RecentFrom = Parts.Calendar.RecentFrom);
        var from = state.RecentFrom ?? Parts.Calendar.RecentFrom;
        await Parts.Load.RunAsync(run, state, (after, c) => Source.QueryAsync(shape.Recent(from), new QueryOptions { StartAfterId = after }, c),
            Map, new LoadOptions(Resumable: true, NewerOnly), s =>
            {
                s.Watermark = s.PendingWatermark;
                s.PendingWatermark = null;
                s.HistoryFrom = from;
                s.Segment = shape.HasOpenSegment ? Open : null;
                s.ResumeAfterId = null;
            }, ct);
    }

    /// <summary>Loads one segment (or what the cycle's slice allows of it); true while more remains.</summary>
    public async Task<bool> BackfillAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await Parts.States.GetAsync(Entity, cancellationToken);
        if (state.Watermark is null || state.HistoryFrom is null)
        {
            return false; // the first window comes first
        }

        var filter = Next(state);
        if (filter is null)
        {
            await FinishAsync(run, state, cancellationToken);
            return false;
        }

        if (state.BackfillTotal is null)
        {
            await CountRemainingAsync(state, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var done = await Parts.Load.RunAsync(run, state, (after, c) => Source.QueryAsync(filter, new QueryOptions { StartAfterId = after }, c),
            Map, new LoadOptions(Resumable: true, NewerOnly, CountsTowardBackfill: true, Stop: () => run.Cycle.BackfillDue), s =>
            {
                if (s.Segment == History && s.SegmentFrom is { } windowFrom)
                {
                    s.HistoryFrom = windowFrom;
                }

                s.Segment = null;
                s.SegmentFrom = s.SegmentTo = null;
                s.ResumeAfterId = null;
                s.BackfillSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }, cancellationToken);
        if (!done)
        {
            await SaveAsync(state, s => s.BackfillSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds, cancellationToken);
            return true;
        }

        LogProgress(state);

        if (Next(state) is null)
        {
            await FinishAsync(run, state, cancellationToken);
            return false;
        }

        return true;
    }

    void LogProgress(SyncStateRow s)
    {
        var rate = s.BackfillSeconds > 0 ? s.BackfillLoaded / s.BackfillSeconds : 0;
        var left = s.BackfillTotal is { } total && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, total - s.BackfillLoaded) / rate) : (TimeSpan?)null;
        Parts.Loggers.CreateLogger("Scorecard.Server.Sync.History").LogInformation(
            "{Entity} history complete back to {From:yyyy-MM-dd} (loading back to {Start:yyyy-MM-dd}): {Loaded} of about {Total} records, {Left} left at {Rate:0} records/s",
            Entity, s.HistoryFrom, Parts.Calendar.HistoryStart, s.BackfillLoaded, s.BackfillTotal, left?.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "time", rate);
    }

    /// <summary>The segment to load next (starting a history window when none is in progress), or null when history is complete.</summary>
    AutotaskFilter? Next(SyncStateRow state)
    {
        if (state.Segment == Open)
        {
            return shape.Open(state.RecentFrom ?? state.HistoryFrom!.Value);
        }

        if (state.Segment == History && state.SegmentFrom is { } from && state.SegmentTo is { } to)
        {
            return shape.Window(from, to);
        }

        if (Parts.Calendar.NextWindow(state.HistoryFrom!.Value) is not { } window)
        {
            return null;
        }

        // Not saved yet: the first batch saves it with the cursor, and a restart before that picks the same window.
        state.Segment = History;
        state.SegmentFrom = window.From;
        state.SegmentTo = window.To;
        state.ResumeAfterId = null;
        return shape.Window(window.From, window.To);
    }

    /// <summary>One count call when a backfill begins: how many records remain, for progress and time left.</summary>
    async Task CountRemainingAsync(SyncStateRow state, CancellationToken ct)
    {
        var openBefore = state.Segment == Open ? state.RecentFrom : null;
        var historyTo = state.Segment == History && state.SegmentTo is { } to ? to : state.HistoryFrom!.Value;
        var total = await Source.CountAsync(shape.Remaining(Parts.Calendar.HistoryStart, historyTo, openBefore), ct);
        await SaveAsync(state, s =>
        {
            s.BackfillTotal = total;
            s.BackfillLoaded = 0;
            s.BackfillSeconds = 0;
        }, ct);
    }

    async Task FinishAsync(StepRun run, SyncStateRow state, CancellationToken ct)
    {
        await SweepAsync(run, state, shape.Scope(Parts.Calendar.HistoryStart), ct);
        if (state.BackfillTotal is not null || state.Segment is not null)
        {
            await SaveAsync(state, s =>
            {
                s.BackfillTotal = null;
                s.BackfillLoaded = 0;
                s.Segment = null;
            }, ct);
        }
    }

    async Task SaveAsync(SyncStateRow state, Action<SyncStateRow> change, CancellationToken ct)
    {
        change(state);
        await using var write = await Parts.Storage.BeginAsync(ct);
        write.Save(state);
        await write.CommitAsync(ct);
    }
}

/// <summary>How an entity's history divides into segments: its recent window, open records, older windows, and the reload scope.</summary>
abstract class HistoryShape<TRow>
{
    public abstract AutotaskFilter Recent(DateOnly from);

    public virtual bool HasOpenSegment => false;

    /// <summary>Records still open that began before the recent window, whatever their age.</summary>
    public virtual AutotaskFilter Open(DateOnly recentFrom) => throw new NotSupportedException();

    /// <summary>Closed records of [from, to) (open ones came with the open segment).</summary>
    public abstract AutotaskFilter Window(DateOnly from, DateOnly to);

    /// <summary>Everything the backfill will still read: history [start, to), and open records before <paramref name="openBefore"/> when that segment is pending.</summary>
    public abstract AutotaskFilter Remaining(DateOnly start, DateOnly to, DateOnly? openBefore);

    /// <summary>The rows a full reload reads (so rows it did not see are gone from Autotask).</summary>
    public abstract System.Linq.Expressions.Expression<Func<TRow, bool>> Scope(DateOnly historyStart);
}
