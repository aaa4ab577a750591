using System.Text.Json;

namespace Autotask.Simulator.Query;

/// <summary>
/// The body of <c>{Entity}/query</c> (or the <c>search</c> parameter of its GET form):
/// <c>filter</c>, <c>IncludeFields</c>, <c>MaxRecords</c>; property names in any case.
/// </summary>
public sealed record QueryRequest(IReadOnlyList<FilterNode> Filter, IReadOnlyList<string>? IncludeFields, int MaxRecords)
{
    public const int PageLimit = 500;
    public const int OrConditionLimit = 500;

    public static QueryRequest Parse(string json, SimulatorBehaviour behaviour)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new QueryException($"The request body is not valid JSON: {ex.Message}", System.Net.HttpStatusCode.BadRequest);
        }

        using (doc)
        {
            return Parse(doc.RootElement.Clone(), behaviour);
        }
    }

    public static QueryRequest Parse(JsonElement root, SimulatorBehaviour behaviour)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new QueryException("The query must be a JSON object.", System.Net.HttpStatusCode.BadRequest);
        }

        JsonElement? filter = null, include = null, max = null;
        foreach (var p in root.EnumerateObject())
        {
            if (p.NameEquals("filter") || string.Equals(p.Name, "filter", StringComparison.OrdinalIgnoreCase))
            {
                filter = p.Value;
            }
            else if (string.Equals(p.Name, "IncludeFields", StringComparison.OrdinalIgnoreCase))
            {
                include = p.Value;
            }
            else if (string.Equals(p.Name, "MaxRecords", StringComparison.OrdinalIgnoreCase))
            {
                max = p.Value;
            }
        }

        if (filter is not { ValueKind: JsonValueKind.Array } filterArray)
        {
            throw new QueryException("filter is required and must be an array of filter conditions.");
        }

        var nodes = filterArray.EnumerateArray().Select(e => ParseNode(e, behaviour)).OfType<FilterNode>().ToList();
        return new QueryRequest(nodes, ParseInclude(include), ParseMax(max));
    }

    static FilterNode? ParseNode(JsonElement e, SimulatorBehaviour behaviour)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new QueryException("Each filter item must be an object with op, field and value, or op and items.");
        }

        string? opName = null, field = null;
        JsonElement value = default, items = default;
        var udf = false;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name.ToLowerInvariant())
            {
                case "op": opName = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null; break;
                case "field": field = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null; break;
                case "value": value = p.Value; break;
                case "items": items = p.Value; break;
                case "udf": udf = p.Value.ValueKind == JsonValueKind.True; break;
            }
        }

        // Autotask drops a condition whose operator it does not know, returning unfiltered rows.
        if (FilterOpNames.Parse(opName, behaviour.OperatorNamesCaseSensitive) is not { } op)
        {
            return null;
        }

        if (op is FilterOp.And or FilterOp.Or)
        {
            var children = items.ValueKind == JsonValueKind.Array
                ? items.EnumerateArray().Select(i => ParseNode(i, behaviour)).OfType<FilterNode>().ToList()
                : [];
            return new GroupNode(op, children);
        }

        if (string.IsNullOrWhiteSpace(field))
        {
            throw new QueryException($"The '{opName}' condition has no field.");
        }

        return new ConditionNode(op, field, value, udf);
    }

    static List<string>? ParseInclude(JsonElement? include)
    {
        if (include is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        var names = array.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .ToList();
        return names.Count == 0 ? null : names;
    }

    static int ParseMax(JsonElement? max)
    {
        if (max is null || max.Value.ValueKind == JsonValueKind.Null)
        {
            return PageLimit;
        }

        if (max.Value.ValueKind == JsonValueKind.Number && max.Value.TryGetInt32(out var n) && n is >= 1 and <= PageLimit)
        {
            return n;
        }

        throw new QueryException("maxCountOfRecordsToReturn must be between 1 and 500");
    }
}
