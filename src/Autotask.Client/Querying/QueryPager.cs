using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Models;

namespace Autotask.Client.Querying;

/// <summary>Reads every page of one query, by id cursor (the default) or by following <c>nextPageUrl</c>.</summary>
sealed class QueryPager<T>(AutotaskConnection connection, string entity, JsonTypeInfo<QueryPage<T>> pageType, QueryOptions options)
    where T : class, IAutotaskEntity
{
    public IAsyncEnumerable<T> ReadAsync(AutotaskFilter filter, CancellationToken ct) =>
        options.FollowNextPageUrl ? FollowNextPageUrls(filter, ct) : ByIdCursor(filter, ct);

    /// <summary>
    /// Stateless paging: each page asks for <c>id &gt; lastId</c>, so a failed page is simply asked
    /// again and a stopped query resumes from the last id it delivered.
    /// </summary>
    async IAsyncEnumerable<T> ByIdCursor(AutotaskFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var lastId = options.StartAfterId;
        for (var pages = 0; pages < options.MaxPages; pages++)
        {
            AutotaskFilter[] filters = lastId is { } after ? [filter, AutotaskFilter.Gt("id", after)] : [filter];
            var page = await connection.PostAsync($"{entity}/query", QueryBody.Write(filters, options), pageType, ct);
            foreach (var item in page.Items)
            {
                lastId = Advance(lastId, item);
                yield return item;
            }

            if (page.Items.Count < options.PageSize || page.PageDetails?.NextPageUrl is null)
            {
                yield break;
            }
        }

        throw TooManyPages();
    }

    /// <summary>Follows <c>nextPageUrl</c>; a query started with POST is continued with POST and the same body.</summary>
    async IAsyncEnumerable<T> FollowNextPageUrls(AutotaskFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        AutotaskFilter[] filters = options.StartAfterId is { } after ? [filter, AutotaskFilter.Gt("id", after)] : [filter];
        var body = QueryBody.Write(filters, options);
        var page = await connection.PostAsync($"{entity}/query", body, pageType, ct);
        long? lastId = null;
        for (var pages = 1; pages <= options.MaxPages; pages++)
        {
            foreach (var item in page.Items)
            {
                lastId = Advance(lastId, item);
                yield return item;
            }

            if (page.Items.Count == 0 || page.PageDetails?.NextPageUrl is not { } next)
            {
                yield break;
            }

            page = await connection.PostAbsoluteAsync(new Uri(next), body, pageType, ct);
        }

        throw TooManyPages();
    }

    /// <summary>Ids must rise: a repeat would be a duplicate, and a loop on it would never end.</summary>
    long Advance(long? lastId, T item) => lastId is { } last && item.Id <= last
        ? throw new AutotaskProtocolException($"{entity} returned id {item.Id} after {last}; records must come in ascending id order.", $"{entity}/query")
        : item.Id;

    AutotaskProtocolException TooManyPages() =>
        new($"The {entity} query went past {options.MaxPages} pages; stopped (QueryOptions.MaxPages).", $"{entity}/query");
}
