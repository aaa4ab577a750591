using System.Globalization;

namespace Scorecard.Server.Features.Tickets;

/// <summary>Counts by picklist code, keyed by the code as a string, with the tenant's labels keyed alike.</summary>
sealed record CodeCounts(SortedDictionary<string, int> Counts, SortedDictionary<string, string?> Labels)
{
    public static CodeCounts Of(IEnumerable<int> codes, PicklistLabels labels, string field)
    {
        var counts = new SortedDictionary<string, int>(CodeOrder.Instance);
        var names = new SortedDictionary<string, string?>(CodeOrder.Instance);
        foreach (var group in codes.GroupBy(c => c))
        {
            var key = group.Key.ToString(CultureInfo.InvariantCulture);
            counts[key] = group.Count();
            names[key] = labels.Label(field, group.Key);
        }

        return new CodeCounts(counts, names);
    }

    /// <summary>Numeric order for numeric keys ("2" before "10"), so the JSON reads naturally.</summary>
    sealed class CodeOrder : IComparer<string>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(string? x, string? y) =>
            long.TryParse(x, CultureInfo.InvariantCulture, out var a) && long.TryParse(y, CultureInfo.InvariantCulture, out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(x, y);
    }
}
