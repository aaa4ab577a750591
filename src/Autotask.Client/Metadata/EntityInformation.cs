using System.Text.Json.Serialization;
using Autotask.Client.Json;

namespace Autotask.Client.Metadata;

/// <summary>What an entity supports, from <c>{Entity}/entityInformation</c>.</summary>
public sealed record EntityInformation
{
    /// <summary>Autotask's internal name, e.g. <c>Ticket</c>.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
    /// <summary>Records can be created.</summary>
    public bool CanCreate { get; init; }
    /// <summary>Records can be deleted.</summary>
    public bool CanDelete { get; init; }
    /// <summary>Records can be queried.</summary>
    public bool CanQuery { get; init; }
    /// <summary>Records can be updated.</summary>
    public bool CanUpdate { get; init; }
    /// <summary>The API user's access for creates, as Autotask words it.</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? UserAccessForCreate { get; init; }
    /// <summary>The API user's access for deletes.</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? UserAccessForDelete { get; init; }
    /// <summary>The API user's access for queries.</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? UserAccessForQuery { get; init; }
    /// <summary>The API user's access for updates.</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? UserAccessForUpdate { get; init; }
    /// <summary>The entity has user-defined fields.</summary>
    public bool HasUserDefinedFields { get; init; }
    /// <summary>Webhooks can be registered for it.</summary>
    public bool SupportsWebhookCallouts { get; init; }
}

/// <summary>A user-defined field's definition, from <c>{Entity}/entityInformation/userDefinedFields</c>.</summary>
public sealed record UserDefinedFieldDefinition
{
    /// <summary>The name used in filters and in <c>userDefinedFields</c> arrays.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
    /// <summary>The label shown in Autotask.</summary>
    public string? Label { get; init; }
    /// <summary>The type, e.g. <c>string</c>, <c>integer</c>, <c>datetime</c> (the UDF endpoint says <c>type</c>, not <c>dataType</c>).</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? Type { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Default value.</summary>
    [JsonConverter(typeof(LenientStringConverter))] public string? DefaultValue { get; init; }
    /// <summary>Required.</summary>
    public bool IsRequired { get; init; }
    /// <summary>Read-only.</summary>
    public bool IsReadOnly { get; init; }
    /// <summary>Usable in a filter (multi-select and reference UDFs are not); true when Autotask does not say.</summary>
    [JsonIgnore] public bool IsQueryable { get => IsQueryableOnWire ?? true; init => IsQueryableOnWire = value; }

    [JsonInclude, JsonPropertyName("isQueryable")] internal bool? IsQueryableOnWire { get; init; }
    /// <summary>A list UDF.</summary>
    public bool IsPickList { get; init; }
    /// <summary>The list values, for list UDFs.</summary>
    public IReadOnlyList<PicklistEntry>? PicklistValues { get; init; }
}

sealed record EntityInformationResponse
{
    public EntityInformation? Info { get; init; }
}

sealed record UserDefinedFieldsResponse
{
    public List<UserDefinedFieldDefinition> Fields { get; init => field = value ?? []; } = [];
}
