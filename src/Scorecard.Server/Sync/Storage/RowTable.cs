using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// A synced table as the bulk writers see it, read from the EF model (so it always matches the
/// configurations and migrations): its name, its key, and each column with a getter and the value
/// conversion EF would apply.
/// </summary>
sealed class RowTable
{
    static readonly ConcurrentDictionary<(Type Row, Type Context), RowTable> Cache = new();

    RowTable(IEntityType entity)
    {
        Name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(Name, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        Columns = entity.GetProperties()
            .Select(p => new RowColumn(p.GetColumnName(store)!, p.PropertyInfo!, p.GetTypeMapping().Converter, p == key))
            .ToArray();
        Key = Columns.Single(c => c.IsKey);
    }

    public string Name { get; }

    public IReadOnlyList<RowColumn> Columns { get; }

    public RowColumn Key { get; }

    public static RowTable For<TRow>(DbContext db) =>
        Cache.GetOrAdd((typeof(TRow), db.GetType()), _ => new RowTable(db.Model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.")));

    public RowColumn Column(string property) => Columns.Single(c => c.Property.Name == property);

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>One column: the row property behind it and the value the database stores for it.</summary>
sealed class RowColumn(string name, System.Reflection.PropertyInfo property, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter, bool isKey)
{
    readonly Func<object, object?> get = Getter(property);

    public string Name { get; } = name;

    public System.Reflection.PropertyInfo Property { get; } = property;

    public bool IsKey { get; } = isKey;

    /// <summary>The CLR type the provider writes (after any conversion), nullable stripped.</summary>
    public Type ProviderType { get; } = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.PropertyType)
        ?? converter?.ProviderClrType ?? property.PropertyType;

    /// <summary>True when the value is stored as it is, or only made UTC (the model's one convention for instants).</summary>
    public bool HasOnlyUtcConversion { get; } = converter is null || converter is Data.UtcDateTimeConverter;

    public object? ValueOf(object row) => get(row) is { } v ? converter?.ConvertToProvider(v) ?? v : null;

    /// <summary>A compiled getter: called once per column per row, so reflection's per-call cost would add up.</summary>
    static Func<object, object?> Getter(System.Reflection.PropertyInfo property)
    {
        var row = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(row, property.DeclaringType!), property);
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(read, typeof(object)), row).Compile();
    }
}
