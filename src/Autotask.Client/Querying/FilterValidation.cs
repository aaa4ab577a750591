using Autotask.Client.Metadata;

namespace Autotask.Client.Querying;

/// <summary>
/// Checks a filter against an entity's field metadata before Autotask sees it: Autotask answers an
/// unknown or non-queryable field with an HTTP 500 only after spending a call on it.
/// </summary>
public static class FilterValidation
{
    /// <summary>
    /// The problems with <paramref name="filter"/> and <paramref name="includeFields"/> for an entity
    /// with these <paramref name="fields"/> and UDF definitions; empty when it is valid.
    /// </summary>
    public static IReadOnlyList<string> Problems(string entity, AutotaskFilter filter, IReadOnlyList<EntityField> fields,
        IReadOnlyList<UserDefinedFieldDefinition>? udfs = null, IEnumerable<string>? includeFields = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(fields);
        var byName = fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var c in filter.Conditions())
        {
            if (c.IsUdf)
            {
                if (udfs is not null && !udfs.Any(u => string.Equals(u.Name, c.Field, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{entity} has no user-defined field named {c.Field}.");
                }
            }
            else if (!byName.TryGetValue(c.Field, out var field))
            {
                problems.Add($"{entity} has no field named {c.Field}.");
            }
            else if (!field.IsQueryable)
            {
                problems.Add($"{entity}.{field.Name} cannot be used in a filter.");
            }
            else if (string.Equals(field.DataType, "boolean", StringComparison.OrdinalIgnoreCase) &&
                c.Values.Any(v => !v.IsBoolean))
            {
                problems.Add($"{entity}.{field.Name} is a boolean: compare it with true or false.");
            }
        }

        foreach (var name in includeFields ?? [])
        {
            if (!byName.ContainsKey(name) && udfs?.Any(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)) != true)
            {
                problems.Add($"{entity} has no field named {name} to include.");
            }
        }

        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem <see cref="Problems"/> finds.</summary>
    public static void Validate(string entity, AutotaskFilter filter, IReadOnlyList<EntityField> fields,
        IReadOnlyList<UserDefinedFieldDefinition>? udfs = null, IEnumerable<string>? includeFields = null)
    {
        var problems = Problems(entity, filter, fields, udfs, includeFields);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(filter));
        }
    }
}
