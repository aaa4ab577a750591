using System.Globalization;
using System.Text.Json;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Http;

/// <summary>A write request's JSON object, read with property names in any case, as Autotask reads them.</summary>
sealed class JsonBody
{
    readonly Dictionary<string, JsonElement> values;

    JsonBody(Dictionary<string, JsonElement> values) => this.values = values;

    public static async Task<JsonBody> ReadAsync(HttpRequest request)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new QueryException("The request body must be a JSON object.");
            }

            return new JsonBody(doc.RootElement.EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase));
        }
        catch (JsonException ex)
        {
            throw new QueryException($"The request body is not valid JSON: {ex.Message}");
        }
    }

    public bool Has(string name) => values.ContainsKey(name);

    public IEnumerable<string> Names => values.Keys;

    public string? String(string name) => Get(name) is { } v
        ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        }
        : null;

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } s ? s : throw new QueryException($"{name} is required.");

    public bool? Bool(string name) => Get(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw new QueryException($"{name} must be true or false."),
    };

    public long? Long(string name) => Get(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } v when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new QueryException($"{name} must be an integer."),
    };

    public int? Int(string name) => Long(name) is { } n ? checked((int)n) : null;

    public decimal? Decimal(string name) => Get(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } v => v.GetDecimal(),
        _ => throw new QueryException($"{name} must be a number."),
    };

    public DateTime? DateTime(string name) => Get(name) is { ValueKind: not JsonValueKind.Null } v
        ? Schema.FilterValues.DateTime(v, name)
        : null;

    /// <summary>The <c>userDefinedFields</c> array as name/value pairs (values are strings on the wire).</summary>
    public IEnumerable<(string Name, string? Value)> Udfs()
    {
        if (Get("userDefinedFields") is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        foreach (var udf in array.EnumerateArray())
        {
            var name = udf.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (!string.IsNullOrEmpty(name))
            {
                var value = udf.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null
                    ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                    : null;
                yield return (name, value);
            }
        }
    }

    JsonElement? Get(string name) => values.TryGetValue(name, out var v) ? v : null;
}
