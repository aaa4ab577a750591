using System.Text.Json;

namespace Autotask.Client.Querying;

/// <summary>
/// A query filter: a condition on one field, or an and/or group of filters. Build with the static
/// methods (<see cref="Eq"/>, <see cref="Gte"/>, <see cref="And"/>…); only valid operators exist.
/// </summary>
public abstract record AutotaskFilter
{
    /// <summary>Matches every record (<c>id gte 0</c>), the explicit "everything" filter.</summary>
    public static AutotaskFilter All { get; } = Gte("id", 0);

    /// <summary><c>field = value</c></summary>
    public static AutotaskFilter Eq(string field, FilterValue value) => new FilterCondition(field, FilterOperator.Equal, [value]);

    /// <summary><c>field ≠ value</c></summary>
    public static AutotaskFilter NotEq(string field, FilterValue value) => new FilterCondition(field, FilterOperator.NotEqual, [value]);

    /// <summary><c>field &gt; value</c></summary>
    public static AutotaskFilter Gt(string field, FilterValue value) => new FilterCondition(field, FilterOperator.GreaterThan, [value]);

    /// <summary><c>field ≥ value</c></summary>
    public static AutotaskFilter Gte(string field, FilterValue value) => new FilterCondition(field, FilterOperator.GreaterThanOrEqual, [value]);

    /// <summary><c>field &lt; value</c></summary>
    public static AutotaskFilter Lt(string field, FilterValue value) => new FilterCondition(field, FilterOperator.LessThan, [value]);

    /// <summary><c>field ≤ value</c></summary>
    public static AutotaskFilter Lte(string field, FilterValue value) => new FilterCondition(field, FilterOperator.LessThanOrEqual, [value]);

    /// <summary>Text begins with (ignoring case, as Autotask does).</summary>
    public static AutotaskFilter BeginsWith(string field, string value) => new FilterCondition(field, FilterOperator.BeginsWith, [value]);

    /// <summary>Text ends with.</summary>
    public static AutotaskFilter EndsWith(string field, string value) => new FilterCondition(field, FilterOperator.EndsWith, [value]);

    /// <summary>Text contains.</summary>
    public static AutotaskFilter Contains(string field, string value) => new FilterCondition(field, FilterOperator.Contains, [value]);

    /// <summary>The field is not null.</summary>
    public static AutotaskFilter Exists(string field) => new FilterCondition(field, FilterOperator.Exists, []);

    /// <summary>The field is null.</summary>
    public static AutotaskFilter NotExists(string field) => new FilterCondition(field, FilterOperator.NotExists, []);

    /// <summary>The field is one of the values.</summary>
    public static AutotaskFilter In(string field, IEnumerable<FilterValue> values) => new FilterCondition(field, FilterOperator.In, values.ToArray());

    /// <summary>The field is none of the values.</summary>
    public static AutotaskFilter NotIn(string field, IEnumerable<FilterValue> values) => new FilterCondition(field, FilterOperator.NotIn, values.ToArray());

    /// <summary>A condition on a user-defined field, by its name (Autotask allows one per query).</summary>
    public static AutotaskFilter Udf(string name, FilterOperator op, FilterValue value) => new FilterCondition(name, op, [value], IsUdf: true);

    /// <summary>All of the filters.</summary>
    public static AutotaskFilter And(params AutotaskFilter[] items) => new FilterGroup(false, items);

    /// <summary>Any of the filters.</summary>
    public static AutotaskFilter Or(params AutotaskFilter[] items) => new FilterGroup(true, items);

    internal abstract void Write(Utf8JsonWriter w);
}

/// <summary>A condition on one field.</summary>
public sealed record FilterCondition(string Field, FilterOperator Operator, IReadOnlyList<FilterValue> Values, bool IsUdf = false)
    : AutotaskFilter
{
    internal override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("op", Operator.ToWire());
        w.WriteString("field", Field);
        if (IsUdf)
        {
            w.WriteBoolean("udf", true);
        }

        if (Operator is FilterOperator.In or FilterOperator.NotIn)
        {
            w.WriteStartArray("value");
            foreach (var v in Values)
            {
                v.Write(w);
            }

            w.WriteEndArray();
        }
        else if (Operator is not (FilterOperator.Exists or FilterOperator.NotExists))
        {
            w.WritePropertyName("value");
            Values[0].Write(w);
        }

        w.WriteEndObject();
    }
}

/// <summary>An and/or group.</summary>
public sealed record FilterGroup(bool IsOr, IReadOnlyList<AutotaskFilter> Items) : AutotaskFilter
{
    internal override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("op", IsOr ? "or" : "and");
        w.WriteStartArray("items");
        foreach (var i in Items)
        {
            i.Write(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
