using System.Text.Json;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Schema;

/// <summary>A text field. Comparisons ignore case, as SQL Server's default collation does.</summary>
public sealed record StringField<T>(string Name, Func<T, string?> Get) : FieldSpec<T>(Name, "string")
{
    static readonly StringComparer Collation = StringComparer.OrdinalIgnoreCase;

    public override void Write(Utf8JsonWriter writer, T record) => writer.WriteString(Name, Get(record));

    public override bool IsNull(T record) => Get(record) is null;

    public override Func<T, bool> Compile(FilterOp op, JsonElement value)
    {
        switch (op)
        {
            case FilterOp.Exist: return r => Get(r) is not null;
            case FilterOp.NotExist: return r => Get(r) is null;
            case FilterOp.In:
            case FilterOp.NotIn:
                {
                    if (value.ValueKind != JsonValueKind.Array)
                    {
                        throw new QueryException($"The '{op.ToWire()}' operator on {Name} needs an array value.");
                    }

                    var set = value.EnumerateArray().Select(v => FilterValues.Text(v, Name)).ToHashSet(Collation);
                    return op == FilterOp.In
                        ? r => Get(r) is { } v && set.Contains(v)
                        : r => Get(r) is { } v && !set.Contains(v);
                }
            case FilterOp.BeginsWith:
            case FilterOp.EndsWith:
            case FilterOp.Contains:
                return StringMatch.Compile(op, FilterValues.Text(value, Name), Get);
        }

        var target = FilterValues.Text(value, Name);
        return op switch
        {
            FilterOp.Eq => r => Get(r) is { } v && Collation.Compare(v, target) == 0,
            FilterOp.NotEq => r => Get(r) is { } v && Collation.Compare(v, target) != 0,
            FilterOp.Gt => r => Get(r) is { } v && Collation.Compare(v, target) > 0,
            FilterOp.Gte => r => Get(r) is { } v && Collation.Compare(v, target) >= 0,
            FilterOp.Lt => r => Get(r) is { } v && Collation.Compare(v, target) < 0,
            FilterOp.Lte => r => Get(r) is { } v && Collation.Compare(v, target) <= 0,
            _ => throw new QueryException($"The '{op.ToWire()}' operator does not apply to {Name}."),
        };
    }
}

static class StringMatch
{
    public static Func<T, bool> Compile<T>(FilterOp op, string text, Func<T, string?> get) => op switch
    {
        FilterOp.BeginsWith => r => get(r)?.StartsWith(text, StringComparison.OrdinalIgnoreCase) == true,
        FilterOp.EndsWith => r => get(r)?.EndsWith(text, StringComparison.OrdinalIgnoreCase) == true,
        _ => r => get(r)?.Contains(text, StringComparison.OrdinalIgnoreCase) == true,
    };
}
