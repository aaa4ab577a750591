using System.Buffers;
using System.Text.Json;

namespace Autotask.Client.Querying;

/// <summary>Writes the JSON body of a query or count (autotask-api.md §2.1).</summary>
static class QueryBody
{
    public static byte[] Write(IReadOnlyList<AutotaskFilter> filters, QueryOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("filter");
            foreach (var f in filters)
            {
                f.Write(w);
            }

            w.WriteEndArray();
            if (options?.IncludeFields is { Count: > 0 } include)
            {
                w.WriteStartArray("IncludeFields");
                w.WriteStringValue("id"); // paging needs it, whatever the caller asked for
                foreach (var name in include.Where(n => !string.Equals(n, "id", StringComparison.OrdinalIgnoreCase)))
                {
                    w.WriteStringValue(name);
                }

                w.WriteEndArray();
            }

            if (options is not null)
            {
                w.WriteNumber("MaxRecords", options.PageSize);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
