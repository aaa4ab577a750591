using System.Collections.Concurrent;
using Autotask.Client.Http;
using Autotask.Client.Json;

namespace Autotask.Client.Metadata;

/// <summary>Caches entity fields per tenant: labels change rarely, and metadata calls count against the budget.</summary>
public sealed class AutotaskMetadataCache
{
    internal ConcurrentDictionary<string, IReadOnlyList<EntityField>> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Entity fields and picklists (labels for status, priority, queue…).</summary>
public sealed class AutotaskMetadata
{
    readonly AutotaskConnection connection;
    readonly AutotaskMetadataCache cache;

    internal AutotaskMetadata(AutotaskConnection connection, AutotaskMetadataCache cache)
    {
        this.connection = connection;
        this.cache = cache;
    }

    /// <summary>The fields of an entity (cached; <paramref name="refresh"/> forces a fresh read).</summary>
    public async Task<IReadOnlyList<EntityField>> GetFieldsAsync(string entity, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && cache.Fields.TryGetValue(entity, out var known))
        {
            return known;
        }

        var response = await connection.SendAsync(root => new HttpRequestMessage(HttpMethod.Get, new Uri(root, $"{entity}/entityInformation/fields")),
            AutotaskJsonContext.Default.FieldsResponse, cancellationToken);
        cache.Fields[entity] = response.Fields;
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
}
