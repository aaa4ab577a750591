using System.Text.Json;

namespace Autotask.Client.Querying;

/// <summary>A condition on one field. Built only by <see cref="AutotaskFilter"/>'s methods, so it is always well formed.</summary>
public sealed record FilterCondition : AutotaskFilter
{
    internal FilterCondition(string field, FilterOperator op, IReadOnlyList<FilterValue> values, bool isUdf = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (!Enum.IsDefined(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Not an Autotask operator.");
        }

        var expected = op.Arity();
        if (expected == Arity.None && values.Count != 0 || expected == Arity.One && values.Count != 1 || expected == Arity.Many && values.Count == 0)
        {
            throw new ArgumentException($"Operator {op.ToWire()} on {field} takes {expected.ToString().ToLowerInvariant()} value(s), not {values.Count}.", nameof(values));
        }

        Field = field;
        Operator = op;
        Values = values;
        IsUdf = isUdf;
    }

    /// <summary>The field's wire name (Autotask matches it ignoring case).</summary>
    public string Field { get; }

    /// <summary>The operator.</summary>
    public FilterOperator Operator { get; }

    /// <summary>The value(s): none for exist/notExist, a list for in/notIn, one otherwise.</summary>
    public IReadOnlyList<FilterValue> Values { get; }

    /// <summary>A condition on a user-defined field.</summary>
    public bool IsUdf { get; }

    /// <inheritdoc />
    public override IEnumerable<FilterCondition> Conditions() => [this];

    internal override AutotaskFilter Map(Func<FilterCondition, AutotaskFilter> replace) => replace(this);

    internal FilterCondition WithValues(IReadOnlyList<FilterValue> values) => new(Field, Operator, values, IsUdf);

    internal override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("op", Operator.ToWire());
        w.WriteString("field", Field);
        if (IsUdf)
        {
            w.WriteBoolean("udf", true);
        }

        switch (Operator.Arity())
        {
            case Arity.Many:
                w.WriteStartArray("value");
                foreach (var v in Values)
                {
                    v.Write(w);
                }

                w.WriteEndArray();
                break;
            case Arity.One:
                w.WritePropertyName("value");
                Values[0].Write(w);
                break;
        }

        w.WriteEndObject();
    }

    /// <inheritdoc />
    public bool Equals(FilterCondition? other) =>
        other is not null && Field == other.Field && Operator == other.Operator && IsUdf == other.IsUdf && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Operator, IsUdf, Values.Count);
}
