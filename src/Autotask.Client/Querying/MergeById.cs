using System.Runtime.CompilerServices;
using Autotask.Client.Models;

namespace Autotask.Client.Querying;

/// <summary>Merges streams that are each in ascending id order into one, dropping repeated ids.</summary>
static class MergeById
{
    public static async IAsyncEnumerable<T> Merge<T>(IReadOnlyList<IAsyncEnumerable<T>> sources,
        [EnumeratorCancellation] CancellationToken ct) where T : class, IAutotaskEntity
    {
        var heads = new PriorityQueue<IAsyncEnumerator<T>, long>();
        var all = new List<IAsyncEnumerator<T>>();
        try
        {
            // Streams are read one page at a time and one after another: merging adds no concurrency.
            foreach (var source in sources)
            {
                var e = source.GetAsyncEnumerator(ct);
                all.Add(e);
                if (await e.MoveNextAsync())
                {
                    heads.Enqueue(e, e.Current.Id);
                }
            }

            long? last = null;
            while (heads.TryDequeue(out var e, out var id))
            {
                if (last != id)
                {
                    last = id;
                    yield return e.Current;
                }

                if (await e.MoveNextAsync())
                {
                    heads.Enqueue(e, e.Current.Id);
                }
            }
        }
        finally
        {
            foreach (var e in all)
            {
                await e.DisposeAsync();
            }
        }
    }
}
