using System.Globalization;
using System.Text.Json;
using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Tenant;

/// <summary>Writes <c>entityInformation</c>, <c>/fields</c> and <c>/userDefinedFields</c> (autotask-api.md §4).</summary>
static class EntityMetadataWriter
{
    public static void WriteInfo<T>(Utf8JsonWriter w, EntitySchema<T> schema)
    {
        w.WriteStartObject();
        w.WriteStartObject("info");
        w.WriteString("name", schema.InfoName);
        w.WriteBoolean("canCreate", schema.CanCreate);
        w.WriteBoolean("canDelete", schema.CanDelete);
        w.WriteBoolean("canQuery", true);
        w.WriteBoolean("canUpdate", schema.CanUpdate);
        w.WriteString("userAccessForCreate", schema.CanCreate ? "All" : "None");
        w.WriteString("userAccessForDelete", schema.CanDelete ? "All" : "None");
        w.WriteString("userAccessForQuery", "All");
        w.WriteString("userAccessForUpdate", schema.CanUpdate ? "All" : "None");
        w.WriteBoolean("hasUserDefinedFields", schema.HasUserDefinedFields);
        w.WriteBoolean("supportsWebhookCallouts", schema.SupportsWebhookCallouts);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteFields<T>(Utf8JsonWriter w, EntitySchema<T> schema, PicklistCatalog picklists)
    {
        w.WriteStartObject();
        w.WriteStartArray("fields");
        foreach (var f in schema.FieldList)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            w.WriteString("dataType", f.DataType);
            w.WriteNumber("length", f.DataType == "string" ? f.Length : 0);
            w.WriteBoolean("isRequired", f.IsRequired);
            w.WriteBoolean("isReadOnly", f.IsReadOnly);
            w.WriteBoolean("isQueryable", f.IsQueryable);
            w.WriteBoolean("isReference", f.ReferenceEntityType is not null);
            w.WriteString("referenceEntityType", f.ReferenceEntityType ?? "");
            w.WriteBoolean("isPickList", f.Picklist is not null);
            w.WriteString("picklistParentValueField", f.Name == "subIssueType" ? "issueType" : "");
            w.WriteBoolean("isSupportedWebhookField", f.IsSupportedWebhookField);
            if (f.Picklist is { } list)
            {
                w.WriteStartArray("picklistValues");
                foreach (var v in picklists[list])
                {
                    w.WriteStartObject();
                    // Autotask sends picklist values as strings even for integer fields.
                    w.WriteString("value", v.Value.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("label", v.Label);
                    w.WriteBoolean("isDefaultValue", v.IsDefaultValue);
                    w.WriteNumber("sortOrder", v.SortOrder);
                    w.WriteString("parentValue", v.ParentValue);
                    w.WriteBoolean("isActive", v.IsActive);
                    w.WriteBoolean("isSystem", v.IsSystem);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("picklistValues");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteUdfDefinitions<T>(Utf8JsonWriter w, EntitySchema<T> schema)
    {
        w.WriteStartObject();
        w.WriteStartArray("fields");
        foreach (var d in schema.UdfDefinitions)
        {
            w.WriteStartObject();
            w.WriteString("name", d.Name);
            w.WriteString("label", d.Label);
            w.WriteString("type", d.Type);
            w.WriteString("description", "");
            w.WriteString("defaultValue", "");
            w.WriteBoolean("isRequired", false);
            w.WriteBoolean("isReadOnly", false);
            w.WriteBoolean("isQueryable", d.IsQueryable);
            w.WriteBoolean("isPickList", false);
            w.WriteNull("picklistValues");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
