using System.Runtime.InteropServices;

namespace Scorecard.Server.Data.Summaries;

/// <summary>
/// Ascending doubles stored as a blob (8 bytes each, the machine's byte order: little-endian on every platform .NET
/// runs on), and the exact median of several such lists taken together, as the report's SQL takes it: the middle
/// value, or the average of the middle two.
/// </summary>
static class SortedValues
{
    public static byte[] Encode(List<double> values)
    {
        values.Sort();
        return MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(values)).ToArray();
    }

    public static double[] Decode(byte[] blob) => MemoryMarshal.Cast<byte, double>(blob).ToArray();

    public static double? Median(IReadOnlyList<double[]> lists)
    {
        var n = lists.Sum(l => l.Length);
        if (n == 0)
        {
            return null;
        }

        // 1-based ranks of the middle one or two values, as ROW_NUMBER() IN ((n + 1) / 2, (n + 2) / 2).
        var (low, high) = ((n + 1) / 2, (n + 2) / 2);
        var nonEmpty = lists.Where(l => l.Length > 0).ToList();
        if (nonEmpty.Count == 1)
        {
            var only = nonEmpty[0];
            return (only[low - 1] + only[high - 1]) / 2;
        }

        // Merge the lists in order up to the higher rank: n / 2 steps, each log(lists).
        var queue = new PriorityQueue<(int List, int Index), double>();
        for (var i = 0; i < nonEmpty.Count; i++)
        {
            queue.Enqueue((i, 0), nonEmpty[i][0]);
        }

        double lowValue = 0;
        for (var rank = 1; ; rank++)
        {
            queue.TryDequeue(out var at, out var value);
            if (rank == low)
            {
                lowValue = value;
            }

            if (rank == high)
            {
                return (lowValue + value) / 2;
            }

            if (at.Index + 1 < nonEmpty[at.List].Length)
            {
                queue.Enqueue((at.List, at.Index + 1), nonEmpty[at.List][at.Index + 1]);
            }
        }
    }
}
