using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Query;

/// <summary>Compiles parsed filter nodes into a predicate over an entity's records.</summary>
public static class FilterCompiler
{
    public static Func<T, bool> Compile<T>(EntitySchema<T> schema, IReadOnlyList<FilterNode> filter)
    {
        var orConditions = filter.Sum(CountOrConditions);
        if (orConditions > QueryRequest.OrConditionLimit)
        {
            throw new QueryException("Queries are limited to 500 or fewer 'OR' conditions.");
        }

        if (filter.Sum(CountUdfConditions) > 1)
        {
            throw new QueryException("Only one user-defined field condition is allowed per query.");
        }

        return And(filter.Select(n => Compile(schema, n)).ToArray());
    }

    static Func<T, bool> Compile<T>(EntitySchema<T> schema, FilterNode node) => node switch
    {
        GroupNode { Op: FilterOp.Or } g when g.Items.Count > 0 => Or(g.Items.Select(i => Compile(schema, i)).ToArray()),
        GroupNode g => And(g.Items.Select(i => Compile(schema, i)).ToArray()),
        ConditionNode { Udf: true } c => CompileUdf(schema, c),
        ConditionNode c => FieldOf(schema, c.Field).Compile(c.Op, c.Value),
        _ => throw new InvalidOperationException("Unknown filter node."),
    };

    static FieldSpec<T> FieldOf<T>(EntitySchema<T> schema, string name) =>
        schema.Field(name) is { IsQueryable: true } field
            ? field
            : throw new QueryException($"Unable to find {name} in the {schema.InfoName} Entity");

    static Func<T, bool> CompileUdf<T>(EntitySchema<T> schema, ConditionNode c)
    {
        var definition = schema.UdfDefinitions.FirstOrDefault(d => string.Equals(d.Name, c.Field, StringComparison.OrdinalIgnoreCase));
        if (schema.Udfs is not { } udfs || definition is null || !definition.IsQueryable)
        {
            throw new QueryException($"Unable to find {c.Field} in the {schema.InfoName} Entity");
        }

        // UDF values are strings on the wire; compare them as text, ignoring case.
        var text = new StringField<T>(definition.Name, r => udfs(r)?.GetValueOrDefault(definition.Name));
        return text.Compile(c.Op, c.Value);
    }

    static Func<T, bool> And<T>(Func<T, bool>[] parts) => parts.Length switch
    {
        0 => _ => true,
        1 => parts[0],
        _ => r =>
        {
            foreach (var p in parts)
            {
                if (!p(r))
                {
                    return false;
                }
            }

            return true;
        },
    };

    static Func<T, bool> Or<T>(Func<T, bool>[] parts) => parts.Length == 1 ? parts[0] : r =>
    {
        foreach (var p in parts)
        {
            if (p(r))
            {
                return true;
            }
        }

        return false;
    };

    static int CountOrConditions(FilterNode node) => node switch
    {
        GroupNode { Op: FilterOp.Or } g => g.Items.Count + g.Items.Sum(CountOrConditions),
        GroupNode g => g.Items.Sum(CountOrConditions),
        ConditionNode { Op: FilterOp.In or FilterOp.NotIn, Value.ValueKind: System.Text.Json.JsonValueKind.Array } c =>
            c.Value.GetArrayLength(),
        _ => 0,
    };

    static int CountUdfConditions(FilterNode node) => node switch
    {
        GroupNode g => g.Items.Sum(CountUdfConditions),
        ConditionNode { Udf: true } => 1,
        _ => 0,
    };
}
