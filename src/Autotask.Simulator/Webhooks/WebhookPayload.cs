using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Webhooks;

/// <summary>
/// Builds the PascalCase callout body (autotask-api.md §7.2) once, and signs exactly those bytes (§7.3).
/// System.Text.Json's default escaping is .NET's (<c>&amp;</c>, <c>&lt;</c>, quotes and every non-ASCII char as
/// <c>\uXXXX</c>), which is what Autotask sends: receivers must hash the raw bytes, not a re-serialization.
/// </summary>
public static class WebhookPayload
{
    public static byte[] Build(WebhookEvent e, string guid, int sequence, IEnumerable<string> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("Action", e.Action);
            w.WriteString("Guid", guid);
            w.WriteString("EntityType", e.EntityType);
            w.WriteNumber("Id", e.Id);
            w.WriteStartObject("Fields");
            foreach (var name in fields)
            {
                if (e.Values.TryGetValue(name, out var raw))
                {
                    w.WritePropertyName(name);
                    w.WriteRawValue(raw, skipInputValidation: true);
                }
            }

            w.WriteEndObject();
            w.WriteString("EventTime", WireFormat.DateTime(e.EventTime));
            w.WriteNumber("SequenceNumber", sequence);
            if (e.PersonId is { } person)
            {
                w.WriteNumber("PersonID", person);
            }
            else
            {
                w.WriteNull("PersonID");
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>sha1=</c> + Base64(HMAC-SHA1(key = the secret's UTF-8 bytes, message = the body bytes)).</summary>
    public static string Signature(string secretKey, byte[] body) =>
        "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secretKey), body));
}
