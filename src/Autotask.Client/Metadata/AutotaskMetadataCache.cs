using System.Collections.Concurrent;

namespace Autotask.Client.Metadata;

/// <summary>
/// Caches metadata per tenant (one instance per registration): labels and fields change rarely,
/// and metadata calls count against the hourly budget and the per-entity thread limit.
/// </summary>
public sealed class AutotaskMetadataCache
{
    internal ConcurrentDictionary<string, IReadOnlyList<EntityField>> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal ConcurrentDictionary<string, IReadOnlyList<UserDefinedFieldDefinition>> UserDefinedFields { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal ConcurrentDictionary<string, EntityInformation> Information { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forgets everything cached, e.g. after an administrator changed picklists.</summary>
    public void Clear()
    {
        Fields.Clear();
        UserDefinedFields.Clear();
        Information.Clear();
    }
}
