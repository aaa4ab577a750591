using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Storage;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// An entity with a modified stamp: the first run loads it all by id (resumable from the last stored id),
/// later runs read what changed since the watermark minus the overlap. An entity with a
/// <see cref="HistoryShape"/> loads only its recent window first and the rest newest first as
/// <see cref="IBackfillStep.BackfillAsync"/> (see <see cref="HistoryLoad{TModel,TRow}"/>).
/// </summary>
class ModifiedSinceStep<TModel, TRow>(
    string entity,
    string modifiedField,
    Func<AutotaskClient, EntityClient<TModel>> source,
    Func<TModel, DateTime, TRow> map,
    SyncParts parts,
    string? newerOnly = null) : ISyncStep
    where TModel : class, IAutotaskEntity
    where TRow : class, ISyncedRow
{
    public string Entity { get; } = entity;

    protected SyncParts Parts { get; } = parts;

    protected Func<TModel, DateTime, TRow> Map { get; } = map;

    protected string? NewerOnly { get; } = newerOnly;

    protected EntityClient<TModel> Source => source(Parts.Autotask);

    public virtual async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await Parts.States.GetAsync(Entity, cancellationToken);
        if (state.Watermark is { } watermark)
        {
            await ReadChangesAsync(run, state, watermark, cancellationToken);
        }
        else
        {
            await FirstLoadAsync(run, state, cancellationToken);
        }
    }

    /// <summary>The first load (or a requested reload): everything, by id; a windowed entity overrides it with its recent window.</summary>
    protected virtual async Task FirstLoadAsync(StepRun run, SyncStateRow state, CancellationToken ct)
    {
        await BeginLoadAsync(run, state, "all", ct);
        await Parts.Load.RunAsync(run, state, (after, c) => Source.QueryAsync(AutotaskFilter.All, new QueryOptions { StartAfterId = after }, c),
            Map, new LoadOptions(Resumable: true, NewerOnly), s =>
            {
                s.Watermark = s.PendingWatermark;
                s.PendingWatermark = null;
                s.Segment = null;
                s.ResumeAfterId = null;
            }, ct);
        await SweepAsync(run, state, null, ct);
    }

    /// <summary>Records when a load began, once: a resumed load keeps its start, so changes after it are still read later.</summary>
    protected async Task BeginLoadAsync(StepRun run, SyncStateRow state, string segment, CancellationToken ct, Action<SyncStateRow>? init = null)
    {
        if (state.PendingWatermark is not null && state.Segment == segment)
        {
            return;
        }

        state.PendingWatermark = run.Cycle.Started;
        state.Segment = segment;
        state.ResumeAfterId = null;
        init?.Invoke(state);
        await using var write = await Parts.Storage.BeginAsync(ct);
        write.Save(state);
        await write.CommitAsync(ct);
    }

    /// <summary>After a requested full reload: rows the reload did not see (in its scope) are gone from Autotask.</summary>
    protected async Task SweepAsync(StepRun run, SyncStateRow state, System.Linq.Expressions.Expression<Func<TRow, bool>>? scope, CancellationToken ct)
    {
        if (state.FullLoadStartedUtc is not { } since || state.Watermark is null)
        {
            return;
        }

        await using var write = await Parts.Storage.BeginAsync(ct, run.AddStoring);
        // Rows outside the reload's scope (older history) were not read, so they stay.
        await write.DeleteAsync(r => EF.Property<DateTime>(r, nameof(TicketRow.SyncedAt)) < since, ct, scope);
        state.FullLoadStartedUtc = null;
        write.Save(state);
        await write.CommitAsync(ct);
    }

    async Task ReadChangesAsync(StepRun run, SyncStateRow state, DateTime watermark, CancellationToken ct)
    {
        var since = DateTime.SpecifyKind(watermark - Parts.Options.Value.Sync.Overlap, DateTimeKind.Utc);
        await Parts.Load.RunAsync(run, state, (_, c) => Source.QueryAsync(AutotaskFilter.Gte(modifiedField, since), null, c),
            Map, new LoadOptions(Resumable: false, NewerOnly), s => s.Watermark = run.Started, ct);
    }
}

/// <summary>What every step needs: Autotask, storage, sync state, the calendar and the settings.</summary>
sealed class SyncParts(AutotaskClient autotask, SyncStorage storage, SyncStates states, PagedLoad load, SyncCalendar calendar,
    IOptions<ScorecardOptions> options, ILoggerFactory loggers)
{
    public AutotaskClient Autotask { get; } = autotask;
    public SyncStorage Storage { get; } = storage;
    public SyncStates States { get; } = states;
    public PagedLoad Load { get; } = load;
    public SyncCalendar Calendar { get; } = calendar;
    public IOptions<ScorecardOptions> Options { get; } = options;
    public ILoggerFactory Loggers { get; } = loggers;
}
