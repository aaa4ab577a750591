namespace Autotask.Simulator.Schema;

/// <summary>One picklist value. Labels are tenant-specific; the API sends the value as a string.</summary>
public sealed record PicklistValue(int Value, string Label, bool IsActive = true, bool IsSystem = false,
    bool IsDefaultValue = false, int SortOrder = 0, string ParentValue = "");

/// <summary>The tenant's picklists by name (e.g. <c>ticketStatus</c>), shared by the fields that use them.</summary>
public sealed class PicklistCatalog
{
    readonly Dictionary<string, List<PicklistValue>> lists = new(StringComparer.Ordinal);

    public IReadOnlyList<PicklistValue> this[string name] => lists.TryGetValue(name, out var l) ? l : [];

    public void Set(string name, IEnumerable<PicklistValue> values) => lists[name] = values.ToList();

    public void Add(string name, PicklistValue value)
    {
        if (!lists.TryGetValue(name, out var l))
        {
            lists[name] = l = [];
        }

        l.Add(value);
    }

    public string? Label(string name, int value) => this[name].FirstOrDefault(v => v.Value == value)?.Label;
}
