using System.Buffers;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Querying;

namespace Autotask.Client;

/// <summary>Queries, counts and reads one Autotask entity, e.g. <c>client.Tickets</c>.</summary>
public sealed class EntityClient<T>
{
    const int MaxPages = 1_000_000;
    static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    readonly AutotaskConnection connection;
    readonly JsonTypeInfo<QueryPage<T>> pageType;
    readonly JsonTypeInfo<ItemResponse<T>> itemType;
    readonly Func<T, long> idOf;

    internal EntityClient(AutotaskConnection connection, string entity, JsonTypeInfo<QueryPage<T>> pageType,
        JsonTypeInfo<ItemResponse<T>> itemType, Func<T, long> idOf)
    {
        this.connection = connection;
        this.pageType = pageType;
        this.itemType = itemType;
        this.idOf = idOf;
        Entity = entity;
    }

    /// <summary>The entity's URL name, e.g. <c>Tickets</c>.</summary>
    public string Entity { get; }

    /// <summary>
    /// Every record matching <paramref name="filter"/>, in ascending id order, across as many
    /// pages as it takes: never silently cut at 500.
    /// </summary>
    public async IAsyncEnumerable<T> QueryAsync(AutotaskFilter filter, QueryOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new QueryOptions();
        if (options.PageSize is < 1 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "Autotask pages hold 1 to 500 records.");
        }

        if (options.FollowNextPageUrl)
        {
            await foreach (var item in FollowNextPageUrls(filter, options, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var lastId = options.StartAfterId;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var pageFilter = lastId is { } after ? [filter, AutotaskFilter.Gt("id", after)] : new[] { filter };
            var body = QueryBody(pageFilter, options);
            var page = await connection.SendAsync(root => Post(new Uri(root, $"{Entity}/query"), body), pageType, cancellationToken);
            foreach (var item in page.Items)
            {
                lastId = idOf(item);
                yield return item;
            }

            if (page.Items.Count == 0 || page.PageDetails?.NextPageUrl is null)
            {
                yield break;
            }
        }
    }

    /// <summary>How many records match (<c>query/count</c>): one call, whatever the count.</summary>
    public async Task<int> CountAsync(AutotaskFilter filter, CancellationToken cancellationToken = default)
    {
        var body = QueryBody([filter], null);
        var result = await connection.SendAsync(root => Post(new Uri(root, $"{Entity}/query/count"), body),
            AutotaskJsonContext.Default.CountResponse, cancellationToken);
        return result.QueryCount;
    }

    /// <summary>The record with this id, or null when there is none.</summary>
    public async Task<T?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await connection.SendAsync(root => new HttpRequestMessage(HttpMethod.Get, new Uri(root, $"{Entity}/{id}")),
                itemType, cancellationToken);
            return result.Item;
        }
        catch (AutotaskApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound && ex.Errors.Count == 0)
        {
            return default; // some zones answer a missing id with 404 rather than {"item": null}
        }
    }

    async IAsyncEnumerable<T> FollowNextPageUrls(AutotaskFilter filter, QueryOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var filters = options.StartAfterId is { } after ? [filter, AutotaskFilter.Gt("id", after)] : new[] { filter };
        var body = QueryBody(filters, options);
        Uri? next = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var target = next;
            var root = await connection.ApiBaseAsync(ct);
            if (target is not null && Uri.Compare(root, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw new InvalidOperationException($"nextPageUrl points at {target.Host}, not the tenant's zone; not following it.");
            }

            // A query started with POST must be continued with POST and the same body.
            var page = await connection.SendAsync(r => Post(target ?? new Uri(r, $"{Entity}/query"), body), pageType, ct);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.PageDetails?.NextPageUrl is not { } url || page.Items.Count == 0)
            {
                yield break;
            }

            next = new Uri(url);
        }
    }

    static HttpRequestMessage Post(Uri uri, byte[] body) => new(HttpMethod.Post, uri)
    {
        Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
    };

    static byte[] QueryBody(IReadOnlyList<AutotaskFilter> filters, QueryOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("filter");
            foreach (var f in filters)
            {
                f.Write(w);
            }

            w.WriteEndArray();
            if (options?.IncludeFields is { Count: > 0 } include)
            {
                w.WriteStartArray("IncludeFields");
                w.WriteStringValue("id"); // paging needs it
                foreach (var name in include.Where(n => !string.Equals(n, "id", StringComparison.OrdinalIgnoreCase)))
                {
                    w.WriteStringValue(name);
                }

                w.WriteEndArray();
            }

            if (options is not null)
            {
                w.WriteNumber("MaxRecords", options.PageSize);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
