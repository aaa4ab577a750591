using System.Text.Json;

namespace Autotask.Client.Querying;

/// <summary>
/// A query filter: a condition on one field, or an and/or group of filters. Build with the static
/// methods (<see cref="Eq"/>, <see cref="Gte"/>, <see cref="And"/>…). Autotask silently ignores an
/// operator it does not know, so operators are an enum and conditions can only be built here: a
/// misspelled operator cannot be expressed.
/// </summary>
public abstract record AutotaskFilter
{
    private protected AutotaskFilter()
    {
    }

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

    /// <summary>
    /// The field is one of the values. Lists longer than Autotask's 500-condition limit are fine:
    /// the query runs in batches of 500 and the results are merged by id.
    /// </summary>
    public static AutotaskFilter In(string field, IEnumerable<FilterValue> values) => new FilterCondition(field, FilterOperator.In, values.ToArray());

    /// <summary>The field is one of these integer values (ids, picklist values).</summary>
    public static AutotaskFilter In(string field, IEnumerable<long> values) => In(field, values.Select(v => (FilterValue)v));

    /// <summary>The field is one of these integer values (ids, picklist values).</summary>
    public static AutotaskFilter In(string field, IEnumerable<int> values) => In(field, values.Select(v => (FilterValue)v));

    /// <summary>The field is one of these texts.</summary>
    public static AutotaskFilter In(string field, IEnumerable<string> values) => In(field, values.Select(v => (FilterValue)v));

    /// <summary>The field is none of the values (long lists are split into an <c>and</c> of lists of 500).</summary>
    public static AutotaskFilter NotIn(string field, IEnumerable<FilterValue> values) => new FilterCondition(field, FilterOperator.NotIn, values.ToArray());

    /// <summary>The field is none of these integer values.</summary>
    public static AutotaskFilter NotIn(string field, IEnumerable<long> values) => NotIn(field, values.Select(v => (FilterValue)v));

    /// <summary>
    /// A condition on a user-defined field, by its name. Autotask allows one UDF condition per query,
    /// and none on multi-select or reference UDFs.
    /// </summary>
    public static AutotaskFilter Udf(string name, FilterOperator op, FilterValue value) => new FilterCondition(name, op, [value], isUdf: true);

    /// <summary>A <c>exist</c>/<c>notExist</c> condition on a user-defined field.</summary>
    public static AutotaskFilter Udf(string name, FilterOperator op) => new FilterCondition(name, op, [], isUdf: true);

    /// <summary>All of the filters.</summary>
    public static AutotaskFilter And(params AutotaskFilter[] items) => new FilterGroup(false, items);

    /// <summary>Any of the filters.</summary>
    public static AutotaskFilter Or(params AutotaskFilter[] items) => new FilterGroup(true, items);

    /// <summary>Every condition in this filter, depth first.</summary>
    public abstract IEnumerable<FilterCondition> Conditions();

    /// <summary>The filter as Autotask's JSON (one element of the <c>filter</c> array).</summary>
    public string ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            Write(w);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal abstract void Write(Utf8JsonWriter w);

    /// <summary>Rebuilds the filter with <paramref name="replace"/> applied to each condition.</summary>
    internal abstract AutotaskFilter Map(Func<FilterCondition, AutotaskFilter> replace);
}
