using System.Text.Json;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Schema;

/// <summary>A field holding a nullable struct value (numbers, dates, booleans).</summary>
public sealed record ValueField<T, TValue>(string Name, string DataType, Func<T, TValue?> Get,
    Func<JsonElement, string, TValue> Parse, Action<Utf8JsonWriter, TValue> WriteValue)
    : FieldSpec<T>(Name, DataType)
    where TValue : struct, IComparable<TValue>
{
    public override void Write(Utf8JsonWriter writer, T record)
    {
        writer.WritePropertyName(Name);
        if (Get(record) is { } v)
        {
            WriteValue(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

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

                    var set = value.EnumerateArray().Select(v => Parse(v, Name)).ToHashSet();
                    return op == FilterOp.In
                        ? r => Get(r) is { } v && set.Contains(v)
                        : r => Get(r) is { } v && !set.Contains(v);
                }
            case FilterOp.BeginsWith:
            case FilterOp.EndsWith:
            case FilterOp.Contains:
                {
                    // Autotask applies string operators to the value's text form.
                    var text = FilterValues.Text(value, Name);
                    return StringMatch.Compile<T>(op, text, r => Get(r)?.ToString());
                }
        }

        var target = Parse(value, Name);
        return op switch
        {
            FilterOp.Eq => r => Get(r) is { } v && v.CompareTo(target) == 0,
            FilterOp.NotEq => r => Get(r) is { } v && v.CompareTo(target) != 0,
            FilterOp.Gt => r => Get(r) is { } v && v.CompareTo(target) > 0,
            FilterOp.Gte => r => Get(r) is { } v && v.CompareTo(target) >= 0,
            FilterOp.Lt => r => Get(r) is { } v && v.CompareTo(target) < 0,
            FilterOp.Lte => r => Get(r) is { } v && v.CompareTo(target) <= 0,
            _ => throw new QueryException($"The '{op.ToWire()}' operator does not apply to {Name}."),
        };
    }
}
