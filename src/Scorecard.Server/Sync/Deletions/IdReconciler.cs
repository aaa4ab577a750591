using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;

namespace Scorecard.Server.Sync.Deletions;

/// <summary>
/// Finds stored ids Autotask no longer has, with id-only queries: the ids Autotask holds in a scope,
/// then, for stored ids missing from it, one more query by id, so a record that only moved out of the
/// scope (an entry re-dated or moved to another ticket) is not taken for deleted. Only a complete, successful
/// read ever leads to a deletion: a failed query throws before anything is decided.
/// </summary>
static class IdReconciler
{
    static readonly QueryOptions IdsOnly = new() { IncludeFields = ["id"] };

    /// <summary>Which of <paramref name="stored"/> (the local ids in the scope) no longer exist in Autotask.</summary>
    public static async Task<IReadOnlyList<long>> GoneAsync<TModel>(EntityClient<TModel> source, AutotaskFilter scope,
        IReadOnlyCollection<long> stored, CancellationToken ct)
        where TModel : class, IAutotaskEntity
    {
        if (stored.Count == 0)
        {
            return [];
        }

        var present = await IdsAsync(source, scope, ct);
        var missing = stored.Where(id => !present.Contains(id)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var elsewhere = await IdsAsync(source, AutotaskFilter.In("id", missing), ct);
        return missing.Where(id => !elsewhere.Contains(id)).ToList();
    }

    static async Task<HashSet<long>> IdsAsync<TModel>(EntityClient<TModel> source, AutotaskFilter filter, CancellationToken ct)
        where TModel : class, IAutotaskEntity
    {
        var ids = new HashSet<long>();
        await foreach (var record in source.QueryAsync(filter, IdsOnly, ct))
        {
            ids.Add(record.Id);
        }

        return ids;
    }
}
