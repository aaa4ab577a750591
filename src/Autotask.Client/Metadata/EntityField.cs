using System.Globalization;
using System.Text.Json.Serialization;

namespace Autotask.Client.Metadata;

/// <summary>One field of an entity, from <c>{Entity}/entityInformation/fields</c>.</summary>
public sealed record EntityField
{
    /// <summary>Wire name, e.g. <c>queueID</c>.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
    /// <summary><c>integer</c>, <c>string</c>, <c>datetime</c>… (match ignoring case).</summary>
    public string? DataType { get; init; }
    /// <summary>Can be used in a filter.</summary>
    public bool IsQueryable { get; init; }
    /// <summary>Read-only.</summary>
    public bool IsReadOnly { get; init; }
    /// <summary>Required.</summary>
    public bool IsRequired { get; init; }
    /// <summary>A reference to another entity.</summary>
    public bool IsReference { get; init; }
    /// <summary>The referenced entity, e.g. <c>Resource</c>.</summary>
    public string? ReferenceEntityType { get; init; }
    /// <summary>A picklist field.</summary>
    public bool IsPickList { get; init; }
    /// <summary>The parent field of a dependent picklist.</summary>
    public string? PicklistParentValueField { get; init; }
    /// <summary>The picklist values, for picklist fields.</summary>
    public IReadOnlyList<PicklistEntry>? PicklistValues { get; init; }
}

/// <summary>One picklist value. Autotask sends <see cref="Value"/> as a string even for integer fields.</summary>
public sealed record PicklistEntry
{
    /// <summary>The value as sent, e.g. <c>"5"</c>.</summary>
    public string Value { get; init => field = value ?? ""; } = "";
    /// <summary>The tenant's label, e.g. <c>Complete</c>.</summary>
    public string Label { get; init => field = value ?? ""; } = "";
    /// <summary>Inactive values can still appear on old records. A value without the flag counts as active.</summary>
    [JsonIgnore] public bool IsActive { get => IsActiveOnWire ?? true; init => IsActiveOnWire = value; }

    // Source-generated JSON sets a missing init-only property to its default, which for this flag would be false.
    [JsonInclude, JsonPropertyName("isActive")] internal bool? IsActiveOnWire { get; init; }
    /// <summary>A system value.</summary>
    public bool IsSystem { get; init; }
    /// <summary>The default value.</summary>
    public bool IsDefaultValue { get; init; }
    /// <summary>Display order.</summary>
    public int SortOrder { get; init; }
    /// <summary>The parent value for dependent picklists.</summary>
    public string? ParentValue { get; init; }

    /// <summary>The value as an integer, for integer picklists.</summary>
    public int? IntValue => int.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}

sealed record FieldsResponse
{
    public List<EntityField> Fields { get; init => field = value ?? []; } = [];
}
