using System.Globalization;
using System.Text.Json;

namespace Autotask.Simulator.Schema;

/// <summary>Autotask's JSON value formats (autotask-api.md §2.5).</summary>
public static class WireFormat
{
    /// <summary>UTC with a trailing Z and the fraction's trailing zeros trimmed: <c>2024-05-01T09:40:14.113Z</c>, <c>…:00Z</c>.</summary>
    public static string DateTime(DateTime utc)
    {
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF", CultureInfo.InvariantCulture);
        return text + "Z";
    }

    /// <summary>Decimals always carry four fractional digits: <c>3.5000</c>.</summary>
    public static string Decimal(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static void WriteDateTime(Utf8JsonWriter w, DateTime v) => w.WriteStringValue(DateTime(v));

    public static void WriteDecimal(Utf8JsonWriter w, decimal v) => w.WriteRawValue(Decimal(v), skipInputValidation: true);

    public static void WriteLong(Utf8JsonWriter w, long v) => w.WriteNumberValue(v);

    public static void WriteDouble(Utf8JsonWriter w, double v) => w.WriteNumberValue(v);

    public static void WriteBool(Utf8JsonWriter w, bool v) => w.WriteBooleanValue(v);
}
