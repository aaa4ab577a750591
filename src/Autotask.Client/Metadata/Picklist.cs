namespace Autotask.Client.Metadata;

/// <summary>The labels of one integer picklist field (e.g. Tickets.status).</summary>
public sealed class Picklist
{
    readonly Dictionary<int, PicklistEntry> byValue;

    /// <summary>Creates a picklist from its entries.</summary>
    public Picklist(string entity, string field, IEnumerable<PicklistEntry> entries)
    {
        Entity = entity;
        Field = field;
        Entries = entries.ToList();
        byValue = Entries.Where(e => e.IntValue is not null).GroupBy(e => e.IntValue!.Value).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The entity, e.g. <c>Tickets</c>.</summary>
    public string Entity { get; }

    /// <summary>The field, e.g. <c>status</c>.</summary>
    public string Field { get; }

    /// <summary>Every value, active or not.</summary>
    public IReadOnlyList<PicklistEntry> Entries { get; }

    /// <summary>True when the value is known.</summary>
    public bool Contains(int value) => byValue.ContainsKey(value);

    /// <summary>The label of a value, or null when the tenant has no such value.</summary>
    public string? LabelOf(int value) => byValue.TryGetValue(value, out var e) ? e.Label : null;

    /// <summary>Values whose label equals <paramref name="label"/>, ignoring case.</summary>
    public IEnumerable<int> ValuesLabelled(string label) =>
        Entries.Where(e => string.Equals(e.Label, label, StringComparison.OrdinalIgnoreCase) && e.IntValue is not null)
            .Select(e => e.IntValue!.Value);
}
