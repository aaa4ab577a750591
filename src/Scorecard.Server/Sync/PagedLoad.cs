using System.Threading.Channels;
using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Storage;

namespace Scorecard.Server.Sync;

/// <summary>
/// Stores a stream of Autotask records in batches of a page, each batch in its own transaction with the
/// state that covers it. Reading runs ahead of storing by up to eight pages, so the next page is on its way
/// while this one is written, and pages that wait are stored together. With a resumable read the state's id cursor moves with every batch.
/// </summary>
sealed class PagedLoad(SyncStorage storage)
{
    const int BatchSize = 500;
    const int ReadAhead = 8;
    const int MaxPerTransaction = 8 * BatchSize;

    /// <summary>
    /// Reads <paramref name="source"/> (given the id to resume after) and stores every record. Returns false
    /// when <paramref name="stop"/> ended it early (every stored batch is committed with its cursor);
    /// otherwise <paramref name="complete"/> changes the state in the last transaction and it returns true.
    /// </summary>
    public async Task<bool> RunAsync<TModel, TRow>(
        StepRun run,
        SyncStateRow state,
        Func<long?, CancellationToken, IAsyncEnumerable<TModel>> source,
        Func<TModel, DateTime, TRow> map,
        LoadOptions options,
        Action<SyncStateRow> complete,
        CancellationToken ct)
        where TModel : IAutotaskEntity
        where TRow : class, ISyncedRow
    {
        var channel = Channel.CreateBounded<List<TModel>>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var resumeAfter = options.Resumable ? state.ResumeAfterId : null;
        var reading = Task.Run(() => ReadAsync(source(resumeAfter, stopReading.Token), channel.Writer, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var first in channel.Reader.ReadAllAsync(ct))
            {
                // When storing falls behind reading, the pages waiting go into one transaction: fewer, larger commits.
                var batch = first;
                while (batch.Count < MaxPerTransaction && channel.Reader.TryRead(out var waiting))
                {
                    batch = batch.Count == first.Count && ReferenceEquals(batch, first) ? [.. first, .. waiting] : [.. batch, .. waiting];
                }

                await StoreAsync(run, state, batch, map, options, null, ct);
                if (options.Stop?.Invoke() == true)
                {
                    await stopReading.CancelAsync();
                    await Ignore(reading);
                    return false;
                }
            }

            await reading;
            await StoreAsync(run, state, [], map, options, complete, ct);
            return true;
        }
        finally
        {
            await stopReading.CancelAsync();
            await Ignore(reading);
        }
    }

    async Task StoreAsync<TModel, TRow>(StepRun run, SyncStateRow state, List<TModel> batch, Func<TModel, DateTime, TRow> map,
        LoadOptions options, Action<SyncStateRow>? complete, CancellationToken ct)
        where TModel : IAutotaskEntity
        where TRow : class, ISyncedRow
    {
        if (batch.Count == 0 && complete is null)
        {
            return;
        }

        await using var write = await storage.BeginAsync(ct, run.AddStoring);
        await write.UpsertAsync(batch.ConvertAll(m => map(m, run.Started)), ct, options.NewerOnly);
        if (batch.Count > 0 && options.Resumable)
        {
            state.ResumeAfterId = batch[^1].Id;
        }

        state.BackfillLoaded += options.CountsTowardBackfill ? batch.Count : 0;
        complete?.Invoke(state);
        write.Save(state);
        await write.CommitAsync(ct);
        run.Stored(batch.Count);
    }

    static async Task ReadAsync<TModel>(IAsyncEnumerable<TModel> source, ChannelWriter<List<TModel>> writer, CancellationToken ct)
    {
        try
        {
            var batch = new List<TModel>(BatchSize);
            await foreach (var item in source.WithCancellation(ct))
            {
                batch.Add(item);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, ct);
                    batch = new List<TModel>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, ct);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    static async Task Ignore(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Reading was stopped on purpose, or the store failed first and that failure is the one reported.
        }
    }
}

/// <summary>How a <see cref="PagedLoad"/> stores: by id cursor or not, newer-only, counting toward the backfill, and when to stop.</summary>
sealed record LoadOptions(bool Resumable, string? NewerOnly = null, bool CountsTowardBackfill = false, Func<bool>? Stop = null);
