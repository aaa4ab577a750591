using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// A small table without a modified stamp: read whole every cycle, stored, and rows Autotask no longer
/// has removed, in one transaction. Nothing is removed unless the whole read succeeded.
/// </summary>
class WholeTableStep<TModel, TRow>(string entity, Func<AutotaskClient, EntityClient<TModel>> source, Func<TModel, DateTime, TRow> map, SyncParts parts)
    : ISyncStep
    where TModel : class, IAutotaskEntity
    where TRow : class, ISyncedRow
{
    public string Entity { get; } = entity;

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        await foreach (var model in source(parts.Autotask).QueryAsync(AutotaskFilter.All, null, cancellationToken))
        {
            rows.Add(map(model, run.Started));
        }

        var state = await parts.States.GetAsync(Entity, cancellationToken);
        await using var write = await parts.Storage.BeginAsync(cancellationToken, run.AddStoring);
        var seen = rows.Select(r => r.Id).ToHashSet();
        var stored = await write.Db.Set<TRow>().AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken);
        await write.UpsertAsync(rows, cancellationToken);
        await write.DeleteByIdAsync<TRow>(stored.Where(id => !seen.Contains(id)), cancellationToken);
        state.Watermark = run.Started;
        write.Save(state);
        await write.CommitAsync(cancellationToken);
        run.Stored(rows.Count);
    }
}
