using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Autotask.Client.Json;

/// <summary>
/// Reads Autotask timestamps with or without a trailing <c>Z</c> (older responses omit it) and
/// with any number of fraction digits, always as UTC; writes UTC with a <c>Z</c>.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The usual ISO 8601 forms parse straight from the UTF-8 bytes: no string, no culture (a sync reads millions).
        if (reader.TryGetDateTime(out var parsed))
        {
            return parsed.Kind switch
            {
                DateTimeKind.Utc => new DateTimeOffset(parsed),
                DateTimeKind.Unspecified => new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc)),
                _ => new DateTimeOffset(parsed.ToUniversalTime()),
            };
        }

        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an Autotask date-time.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>UTC, millisecond precision, trailing Z: the form Autotask accepts in filters.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
