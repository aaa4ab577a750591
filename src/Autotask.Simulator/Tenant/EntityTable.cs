using System.Buffers;
using System.Text.Json;
using Autotask.Simulator.Query;
using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Tenant;

/// <summary>What the HTTP layer needs of a table, whatever its record type.</summary>
public interface IEntityTable
{
    string PathName { get; }

    string InfoName { get; }

    int RowCount { get; }

    /// <summary>Writes one page object (autotask-api.md §2.2) for the records after <paramref name="afterId"/>.</summary>
    void WritePage(Utf8JsonWriter writer, QueryRequest request, long afterId, Func<long, string> nextPageUrl);

    int Count(QueryRequest request);

    /// <summary>Writes <c>{"item": …}</c>; false when no record has that id.</summary>
    bool WriteItem(Utf8JsonWriter writer, long id);

    void WriteEntityInformation(Utf8JsonWriter writer);

    void WriteFields(Utf8JsonWriter writer, PicklistCatalog picklists);

    void WriteUdfDefinitions(Utf8JsonWriter writer);
}

/// <summary>
/// An entity's records in ascending id order, as Autotask returns them. Readers and the live
/// tenant's writers share it under a reader/writer lock.
/// </summary>
public sealed class EntityTable<T>(EntitySchema<T> schema) : IEntityTable
    where T : class
{
    readonly List<T> rows = [];
    readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);

    public EntitySchema<T> Schema { get; } = schema;

    public string PathName => Schema.PathName;

    public string InfoName => Schema.InfoName;

    public int RowCount => Read(() => rows.Count);

    /// <summary>A snapshot of the records, for tests and the generator.</summary>
    public IReadOnlyList<T> Snapshot() => Read(() => rows.ToArray());

    public void Load(IEnumerable<T> records) => WriteLocked(() =>
    {
        rows.Clear();
        rows.AddRange(records.OrderBy(Schema.Id));
    });

    /// <summary>Adds a record with an id above every existing one.</summary>
    public void Append(T record) => WriteLocked(() =>
    {
        if (rows.Count > 0 && Schema.Id(rows[^1]) >= Schema.Id(record))
        {
            throw new InvalidOperationException($"{PathName} ids must grow: {Schema.Id(record)}.");
        }

        rows.Add(record);
    });

    public T? Find(long id) => Read(() => IndexOf(id) is var i and >= 0 ? rows[i] : null);

    /// <summary>Runs a change under the write lock, so no reader sees it half done.</summary>
    public TResult Mutate<TResult>(Func<List<T>, TResult> change) => WriteLocked(() => change(rows));

    public bool Remove(long id) => WriteLocked(() =>
    {
        var i = IndexOf(id);
        if (i < 0)
        {
            return false;
        }

        rows.RemoveAt(i);
        return true;
    });

    public void WritePage(Utf8JsonWriter writer, QueryRequest request, long afterId, Func<long, string> nextPageUrl)
    {
        var predicate = FilterCompiler.Compile(Schema, request.Filter);
        var fields = SelectFields(request.IncludeFields);
        var start = Math.Max(afterId, LowestIdAllowed(request.Filter));

        gate.EnterReadLock();
        try
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            var count = 0;
            long lastId = 0;
            var more = false;
            for (var i = FirstIndexAfter(start); i < rows.Count; i++)
            {
                var row = rows[i];
                if (!predicate(row))
                {
                    continue;
                }

                if (count == request.MaxRecords)
                {
                    more = true;
                    break;
                }

                WriteRecord(writer, row, fields);
                lastId = Schema.Id(row);
                count++;
            }

            writer.WriteEndArray();
            writer.WriteStartObject("pageDetails");
            writer.WriteNumber("count", count);
            writer.WriteNumber("requestCount", request.MaxRecords);
            writer.WriteNull("prevPageUrl");
            if (more)
            {
                writer.WriteString("nextPageUrl", nextPageUrl(lastId));
            }
            else
            {
                writer.WriteNull("nextPageUrl");
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public int Count(QueryRequest request)
    {
        var predicate = FilterCompiler.Compile(Schema, request.Filter);
        var start = LowestIdAllowed(request.Filter);
        return Read(() =>
        {
            var n = 0;
            for (var i = FirstIndexAfter(start); i < rows.Count; i++)
            {
                if (predicate(rows[i]))
                {
                    n++;
                }
            }

            return n;
        });
    }

    public bool WriteItem(Utf8JsonWriter writer, long id) => Read(() =>
    {
        var i = IndexOf(id);
        writer.WriteStartObject();
        writer.WritePropertyName("item");
        if (i < 0)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteRecord(writer, rows[i], Schema.FieldList);
        }

        writer.WriteEndObject();
        return i >= 0;
    });

    public void WriteEntityInformation(Utf8JsonWriter writer) => EntityMetadataWriter.WriteInfo(writer, Schema);

    public void WriteFields(Utf8JsonWriter writer, PicklistCatalog picklists) =>
        EntityMetadataWriter.WriteFields(writer, Schema, picklists);

    public void WriteUdfDefinitions(Utf8JsonWriter writer) => EntityMetadataWriter.WriteUdfDefinitions(writer, Schema);

    void WriteRecord(Utf8JsonWriter writer, T row, IReadOnlyList<FieldSpec<T>> fields)
    {
        writer.WriteStartObject();
        foreach (var f in fields)
        {
            f.Write(writer, row);
        }

        if (Schema.Udfs is { } udfs)
        {
            var values = udfs(row);
            writer.WriteStartArray("userDefinedFields");
            foreach (var d in Schema.UdfDefinitions)
            {
                writer.WriteStartObject();
                writer.WriteString("name", d.Name);
                writer.WriteString("value", values?.GetValueOrDefault(d.Name));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    IReadOnlyList<FieldSpec<T>> SelectFields(IReadOnlyList<string>? include)
    {
        if (include is null)
        {
            return Schema.FieldList;
        }

        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in include)
        {
            var isUdf = Schema.UdfDefinitions.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
            if (Schema.Field(name) is null && !isUdf)
            {
                throw new QueryException($"Unable to find {name} in the {Schema.InfoName} Entity");
            }

            wanted.Add(name);
        }

        return Schema.FieldList.Where(f => wanted.Contains(f.Name)).ToList();
    }

    /// <summary>
    /// The smallest id a top-level id condition allows, so that id-cursor paging
    /// (<c>id gt lastId</c>) starts where it should instead of scanning from the first row.
    /// </summary>
    static long LowestIdAllowed(IReadOnlyList<FilterNode> filter)
    {
        long lowest = long.MinValue;
        foreach (var node in filter)
        {
            if (node is ConditionNode { Udf: false } c && string.Equals(c.Field, "id", StringComparison.OrdinalIgnoreCase)
                && c.Value.ValueKind == JsonValueKind.Number && c.Value.TryGetInt64(out var v))
            {
                var bound = c.Op switch
                {
                    FilterOp.Gt => v,
                    FilterOp.Gte or FilterOp.Eq => v - 1,
                    _ => long.MinValue,
                };
                lowest = Math.Max(lowest, bound);
            }
        }

        return lowest;
    }

    int FirstIndexAfter(long id)
    {
        int lo = 0, hi = rows.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Schema.Id(rows[mid]) <= id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    int IndexOf(long id)
    {
        var i = FirstIndexAfter(id - 1);
        return i < rows.Count && Schema.Id(rows[i]) == id ? i : -1;
    }

    TResult Read<TResult>(Func<TResult> read)
    {
        gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    void WriteLocked(Action change) => WriteLocked(() =>
    {
        change();
        return 0;
    });

    TResult WriteLocked<TResult>(Func<TResult> change)
    {
        gate.EnterWriteLock();
        try
        {
            return change();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }
}
