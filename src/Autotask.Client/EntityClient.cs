using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Metadata;
using Autotask.Client.Models;
using Autotask.Client.Querying;

namespace Autotask.Client;

/// <summary>Queries, counts and reads one Autotask entity, e.g. <c>client.Tickets</c>.</summary>
public sealed class EntityClient<T> where T : class, IAutotaskEntity
{
    readonly AutotaskConnection connection;
    readonly AutotaskMetadata metadata;
    readonly JsonTypeInfo<QueryPage<T>> pageType;
    readonly JsonTypeInfo<ItemResponse<T>> itemType;

    internal EntityClient(AutotaskConnection connection, AutotaskMetadata metadata, string entity,
        JsonTypeInfo<QueryPage<T>> pageType, JsonTypeInfo<ItemResponse<T>> itemType)
    {
        this.connection = connection;
        this.metadata = metadata;
        this.pageType = pageType;
        this.itemType = itemType;
        Entity = entity;
    }

    /// <summary>The entity's URL name, e.g. <c>Tickets</c>.</summary>
    public string Entity { get; }

    /// <summary>
    /// Every record matching <paramref name="filter"/>, in ascending id order, across as many pages
    /// as it takes (never silently cut at 500), each record once. Long <c>in</c> lists run in
    /// batches of 500 whose results are merged by id.
    /// </summary>
    /// <exception cref="ArgumentException">The filter breaks Autotask's limits, or (with <see cref="QueryOptions.ValidateFields"/>) names an unknown field.</exception>
    /// <exception cref="AutotaskApiException">Autotask refused a page, after any retries.</exception>
    public async IAsyncEnumerable<T> QueryAsync(AutotaskFilter filter, QueryOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new QueryOptions();
        options.Validate();
        if (options.ValidateFields)
        {
            await metadata.ValidateAsync(Entity, filter, options.IncludeFields, cancellationToken);
        }

        var batches = FilterBatching.Split(filter);
        var pager = new QueryPager<T>(connection, Entity, pageType, options);
        var source = batches.Count == 1
            ? pager.ReadAsync(batches[0], cancellationToken)
            : MergeById.Merge(batches.Select(b => pager.ReadAsync(b, cancellationToken)).ToList(), cancellationToken);
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>How many records match (<c>query/count</c>): one call, whatever the count (one per batch of a long <c>in</c> list).</summary>
    public async Task<int> CountAsync(AutotaskFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var batches = FilterBatching.Split(filter);
        if (batches.Count > 1 && !FilterBatching.BatchesAreDisjoint(filter))
        {
            throw new ArgumentException("A long in list under an or cannot be counted in batches without counting records twice; query the ids instead.", nameof(filter));
        }

        var total = 0;
        foreach (var batch in batches)
        {
            var body = QueryBody.Write([batch], null);
            var result = await connection.PostAsync($"{Entity}/query/count", body, AutotaskJsonContext.Default.CountResponse, cancellationToken);
            total += result.QueryCount;
        }

        return total;
    }

    /// <summary>The record with this id, or null when there is none.</summary>
    public async Task<T?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await connection.GetAsync($"{Entity}/{id}", itemType, cancellationToken);
            return result.Item;
        }
        catch (AutotaskApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound && ex.Errors.Count == 0)
        {
            return default; // some zones answer a missing id with 404 rather than {"item": null}
        }
    }
}
