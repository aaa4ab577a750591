namespace Autotask.Simulator.Query;

public enum FilterOp
{
    Eq,
    NotEq,
    Gt,
    Gte,
    Lt,
    Lte,
    BeginsWith,
    EndsWith,
    Contains,
    Exist,
    NotExist,
    In,
    NotIn,
    And,
    Or,
}

public static class FilterOpNames
{
    static readonly Dictionary<string, FilterOp> ByName = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOp.Eq,
        ["noteq"] = FilterOp.NotEq,
        ["gt"] = FilterOp.Gt,
        ["gte"] = FilterOp.Gte,
        ["lt"] = FilterOp.Lt,
        ["lte"] = FilterOp.Lte,
        ["beginsWith"] = FilterOp.BeginsWith,
        ["endsWith"] = FilterOp.EndsWith,
        ["contains"] = FilterOp.Contains,
        ["exist"] = FilterOp.Exist,
        ["notExist"] = FilterOp.NotExist,
        ["in"] = FilterOp.In,
        ["notIn"] = FilterOp.NotIn,
        ["and"] = FilterOp.And,
        ["or"] = FilterOp.Or,
    };

    static readonly Dictionary<string, FilterOp> ByNameIgnoreCase = new(ByName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null for an operator Autotask does not know: such a condition is silently ignored.</summary>
    public static FilterOp? Parse(string? name, bool caseSensitive) =>
        name is not null && (caseSensitive ? ByName : ByNameIgnoreCase).TryGetValue(name, out var op) ? op : null;

    public static string ToWire(this FilterOp op) => ByName.First(kv => kv.Value == op).Key;
}
