using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Querying;

namespace Autotask.Client.Metadata;

/// <summary>Entity information, fields, picklists (labels for status, priority, queue…) and UDF definitions, cached per tenant.</summary>
public sealed class AutotaskMetadata
{
    readonly AutotaskConnection connection;
    readonly AutotaskMetadataCache cache;

    internal AutotaskMetadata(AutotaskConnection connection, AutotaskMetadataCache cache)
    {
        this.connection = connection;
        this.cache = cache;
    }

    /// <summary>What the entity supports (<c>canQuery</c>, <c>supportsWebhookCallouts</c>…); cached.</summary>
    public async Task<EntityInformation> GetEntityInformationAsync(string entity, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && cache.Information.TryGetValue(entity, out var known))
        {
            return known;
        }

        var response = await connection.GetAsync($"{entity}/entityInformation", AutotaskJsonContext.Default.EntityInformationResponse, cancellationToken);
        var info = response.Info ?? throw new AutotaskApiException(System.Net.HttpStatusCode.OK, ["The entity information was empty."], $"{entity}/entityInformation");
        cache.Information[entity] = info;
        return info;
    }

    /// <summary>The fields of an entity (cached; <paramref name="refresh"/> forces a fresh read).</summary>
    public async Task<IReadOnlyList<EntityField>> GetFieldsAsync(string entity, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && cache.Fields.TryGetValue(entity, out var known))
        {
            return known;
        }

        var response = await connection.GetAsync($"{entity}/entityInformation/fields", AutotaskJsonContext.Default.FieldsResponse, cancellationToken);
        cache.Fields[entity] = response.Fields;
        return response.Fields;
    }

    /// <summary>The user-defined fields of an entity (cached).</summary>
    public async Task<IReadOnlyList<UserDefinedFieldDefinition>> GetUserDefinedFieldsAsync(string entity, bool refresh = false,
        CancellationToken cancellationToken = default)
    {
        if (!refresh && cache.UserDefinedFields.TryGetValue(entity, out var known))
        {
            return known;
        }

        var response = await connection.GetAsync($"{entity}/entityInformation/userDefinedFields",
            AutotaskJsonContext.Default.UserDefinedFieldsResponse, cancellationToken);
        cache.UserDefinedFields[entity] = response.Fields;
        return response.Fields;
    }

    /// <summary>The picklist of one field, e.g. <c>("Tickets", "status")</c>.</summary>
    public async Task<Picklist> GetPicklistAsync(string entity, string field, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var fields = await GetFieldsAsync(entity, refresh, cancellationToken);
        var f = fields.FirstOrDefault(x => string.Equals(x.Name, field, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{entity} has no field named {field}.", nameof(field));
        return f.IsPickList
            ? new Picklist(entity, f.Name, f.PicklistValues ?? [])
            : throw new ArgumentException($"{entity}.{f.Name} is not a picklist.", nameof(field));
    }

    /// <summary>The label of a value; an unknown value refreshes the cached picklist once (a tenant may have added it).</summary>
    public async Task<string?> LabelAsync(string entity, string field, int value, CancellationToken cancellationToken = default)
    {
        var picklist = await GetPicklistAsync(entity, field, false, cancellationToken);
        if (!picklist.Contains(value))
        {
            picklist = await GetPicklistAsync(entity, field, true, cancellationToken);
        }

        return picklist.LabelOf(value);
    }

    /// <summary>
    /// Checks that every field in <paramref name="filter"/> (and <paramref name="includeFields"/>)
    /// exists and is queryable, from the cached metadata; throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public async Task ValidateAsync(string entity, AutotaskFilter filter, IEnumerable<string>? includeFields = null,
        CancellationToken cancellationToken = default)
    {
        var fields = await GetFieldsAsync(entity, false, cancellationToken);
        var hasUdfs = filter.Conditions().Any(c => c.IsUdf) || includeFields?.Any() == true;
        var udfs = hasUdfs ? await GetUserDefinedFieldsAsync(entity, false, cancellationToken) : null;
        FilterValidation.Validate(entity, filter, fields, udfs, includeFields);
    }
}
