using System.Buffers;
using System.Text;
using System.Text.Json;
using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Changes;

/// <summary>A record's webhook-supported fields as raw JSON values, to compare before and after a change.</summary>
static class FieldValues
{
    public static Dictionary<string, string> Capture<T>(EntitySchema<T> schema, T record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(256);
        foreach (var field in schema.FieldList.Where(f => f.IsSupportedWebhookField || f.Name == "id"))
        {
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                field.Write(w, record);
                w.WriteEndObject();
            }

            // {"name":value} → value
            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            values[field.Name] = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..^1];
        }

        return values;
    }

    public static HashSet<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
}
