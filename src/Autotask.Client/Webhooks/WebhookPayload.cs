using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Autotask.Client.Json;

namespace Autotask.Client.Webhooks;

/// <summary>What a webhook delivery reports.</summary>
public enum WebhookAction
{
    /// <summary>An action this client does not know.</summary>
    Unknown,
    /// <summary>The record was created.</summary>
    Create,
    /// <summary>The record was updated.</summary>
    Update,
    /// <summary>The record was deleted.</summary>
    Delete,
    /// <summary>The webhook was deactivated. Such calls are unsigned: do not trust them blindly.</summary>
    Deactivated,
}

/// <summary>
/// A webhook delivery (PascalCase keys on the wire). Verify <see cref="WebhookSignature"/> over the
/// raw body first, then <see cref="Parse"/> it. De-duplicate on <see cref="Guid"/>, <see cref="Id"/>
/// and <see cref="SequenceNumber"/>: events can repeat, and can be dropped, so keep polling too.
/// </summary>
public sealed record WebhookPayload
{
    /// <summary>The action as sent, e.g. <c>Update</c>.</summary>
    [JsonPropertyName("Action")] public string? ActionName { get; init; }
    /// <summary>The action, parsed.</summary>
    [JsonIgnore] public WebhookAction Action =>
        Enum.TryParse<WebhookAction>(ActionName, ignoreCase: true, out var a) && a != WebhookAction.Unknown ? a : WebhookAction.Unknown;
    /// <summary>Identifies the webhook (its <see cref="TicketWebhook.WebhookGUID"/>).</summary>
    public string? Guid { get; init; }
    /// <summary>Autotask's internal entity name: <c>Ticket</c>, <c>TicketNote</c>, <c>Contact</c>, <c>Account</c> (companies)…</summary>
    public string? EntityType { get; init; }
    /// <summary>The record's id.</summary>
    public long Id { get; init; }
    /// <summary>The changed subscribed fields plus the "display always" ones, by REST field name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Fields { get; init => field = value ?? new Dictionary<string, JsonElement>(); } = new Dictionary<string, JsonElement>();
    /// <summary>When the change happened (UTC).</summary>
    public DateTimeOffset? EventTime { get; init; }
    /// <summary>Increments per event: order and de-duplicate by it.</summary>
    public long SequenceNumber { get; init; }
    /// <summary>The resource who made the change.</summary>
    public long? PersonID { get; init; }

    /// <summary>Reads a delivery body (after its signature was verified).</summary>
    /// <exception cref="JsonException">The body is not a webhook payload.</exception>
    public static WebhookPayload Parse(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, WebhookJsonContext.Default.WebhookPayload) ?? throw new JsonException("The webhook body was null.");

    /// <summary>The raw value of a field, found ignoring case, or null when absent or JSON null.</summary>
    public JsonElement? Field(string name)
    {
        foreach (var (key, value) in Fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value.ValueKind == JsonValueKind.Null ? null : value;
            }
        }

        return null;
    }

    /// <summary>A field as an integer, whether sent as a number or a string (picklist values often are).</summary>
    public long? FieldAsInt64(string name) => Field(name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var v) => v,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    /// <summary>A field as text (numbers and booleans as their JSON text).</summary>
    public string? FieldAsString(string name) => Field(name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
        null => null,
    };

    /// <summary>A field as a UTC instant; a value without offset is read as UTC.</summary>
    public DateTimeOffset? FieldAsDateTime(string name) =>
        FieldAsString(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(UtcDateTimeOffsetConverter)])]
[JsonSerializable(typeof(WebhookPayload))]
sealed partial class WebhookJsonContext : JsonSerializerContext;
