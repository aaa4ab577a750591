namespace Autotask.Simulator.Schema;

/// <summary>How one entity looks on the wire: its path name, its fields, its capabilities.</summary>
public sealed class EntitySchema<T>
{
    readonly Dictionary<string, FieldSpec<T>> byName;

    public EntitySchema(string pathName, string infoName, Func<T, long> id, IReadOnlyList<FieldSpec<T>> fields)
    {
        PathName = pathName;
        InfoName = infoName;
        Id = id;
        FieldList = fields;
        byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The plural name used in URLs, e.g. <c>Tickets</c>.</summary>
    public string PathName { get; }

    /// <summary>The singular name of <c>entityInformation</c> and error messages, e.g. <c>Ticket</c>.</summary>
    public string InfoName { get; }

    public Func<T, long> Id { get; }

    public IReadOnlyList<FieldSpec<T>> FieldList { get; }

    /// <summary>The record's user-defined field values, for entities that have UDFs.</summary>
    public Func<T, IReadOnlyDictionary<string, string?>?>? Udfs { get; init; }

    public IReadOnlyList<UdfDefinition> UdfDefinitions { get; init; } = [];

    public bool CanCreate { get; init; }

    public bool CanUpdate { get; init; }

    public bool CanDelete { get; init; }

    public bool SupportsWebhookCallouts { get; init; }

    public bool HasUserDefinedFields => Udfs is not null;

    public FieldSpec<T>? Field(string name) => byName.GetValueOrDefault(name);
}

public sealed record UdfDefinition(string Name, string Label, string Type, bool IsQueryable = true);
