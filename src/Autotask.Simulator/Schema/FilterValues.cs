using System.Globalization;
using System.Text.Json;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Schema;

/// <summary>Reads filter values the way Autotask accepts them, with Autotask-like errors otherwise.</summary>
public static class FilterValues
{
    public static string Text(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new QueryException($"Invalid value for field {field}: a text value is required."),
    };

    public static long Integer(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            return n;
        }

        if (value.ValueKind == JsonValueKind.String &&
            long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
        {
            return n;
        }

        throw new QueryException($"Invalid value for field {field}: '{Raw(value)}' is not an integer.");
    }

    public static decimal Decimal(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
        {
            return d;
        }

        if (value.ValueKind == JsonValueKind.String &&
            decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d))
        {
            return d;
        }

        throw new QueryException($"Invalid value for field {field}: '{Raw(value)}' is not a number.");
    }

    public static double Double(JsonElement value, string field) => (double)Decimal(value, field);

    /// <summary>Booleans must be JSON true/false; strings and null are rejected, as Autotask does.</summary>
    public static bool Boolean(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new QueryException($"Invalid value for field {field}: '{Raw(value)}' is not a boolean (use true or false)."),
    };

    /// <summary>ISO 8601 date-times; a value without an offset is UTC, one with an offset is converted.</summary>
    public static DateTime DateTime(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.String &&
            System.DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt))
        {
            return System.DateTime.SpecifyKind(dt, DateTimeKind.Utc);
        }

        throw new QueryException($"Invalid value for field {field}: '{Raw(value)}' is not a date-time.");
    }

    static string Raw(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? "" : value.GetRawText();
}
