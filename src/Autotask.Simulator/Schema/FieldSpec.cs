using System.Text.Json;

namespace Autotask.Simulator.Schema;

/// <summary>
/// One field of an entity as the API exposes it: its wire name, its metadata, how to write it
/// and how to compile a filter condition on it. Typed subclasses avoid boxing on hot paths.
/// </summary>
/// <param name="Name">The wire name, camelCase.</param>
/// <param name="DataType">The <c>dataType</c> string of <c>entityInformation/fields</c>.</param>
public abstract record FieldSpec<T>(string Name, string DataType)
{

    public bool IsQueryable { get; init; } = true;

    public bool IsRequired { get; init; }

    public bool IsReadOnly { get; init; }

    public int Length { get; init; }

    /// <summary>Name of the picklist holding this field's labels, when it is a picklist.</summary>
    public string? Picklist { get; init; }

    public string? ReferenceEntityType { get; init; }

    public bool IsSupportedWebhookField { get; init; }

    /// <summary>Writes the property (name and value), or a JSON null.</summary>
    public abstract void Write(Utf8JsonWriter writer, T record);

    public abstract bool IsNull(T record);

    /// <summary>Compiles a comparison against a filter value; throws <see cref="Query.QueryException"/> on a bad value.</summary>
    public abstract Func<T, bool> Compile(Query.FilterOp op, JsonElement value);
}
