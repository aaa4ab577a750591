using Npgsql;
using NpgsqlTypes;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// Writes one column of a row into a binary <c>COPY</c>, through a typed delegate (no boxing) and synchronously
/// (Npgsql buffers the stream; an await per value would cost more than the value).
/// </summary>
abstract class PostgresCopyColumn<TRow>
{
    public abstract void Write(NpgsqlBinaryImporter copy, TRow row);

    public static PostgresCopyColumn<TRow> For(RowColumn column)
    {
        var type = column.Property.PropertyType;
        var under = Nullable.GetUnderlyingType(type);
        var dbType = TypeOf(under ?? type);
        if (!column.HasOnlyUtcConversion)
        {
            return new Boxed(column, dbType);
        }

        var getter = column.Property.GetMethod!.CreateDelegate(typeof(Func<,>).MakeGenericType(typeof(TRow), type));
        var kind = under is not null ? typeof(NullableValue<>).MakeGenericType(typeof(TRow), under)
            : type.IsValueType ? typeof(Value<>).MakeGenericType(typeof(TRow), type)
            : typeof(Reference<>).MakeGenericType(typeof(TRow), type);
        return (PostgresCopyColumn<TRow>)Activator.CreateInstance(kind, getter, dbType)!;
    }

    static NpgsqlDbType TypeOf(Type t) =>
        t == typeof(long) ? NpgsqlDbType.Bigint
        : t == typeof(int) ? NpgsqlDbType.Integer
        : t == typeof(bool) ? NpgsqlDbType.Boolean
        : t == typeof(decimal) ? NpgsqlDbType.Numeric
        : t == typeof(double) ? NpgsqlDbType.Double
        : t == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : t == typeof(DateOnly) ? NpgsqlDbType.Date
        : t == typeof(string) ? NpgsqlDbType.Text
        : throw new NotSupportedException($"No COPY type for {t.Name}.");

    /// <summary>Instants are UTC, as the model's converter makes them (timestamptz refuses anything else).</summary>
    static T Utc<T>(T value) => value is DateTime d && d.Kind != DateTimeKind.Utc
        ? (T)(object)(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc))
        : value;

    sealed class Value<T>(Func<TRow, T> get, NpgsqlDbType type) : PostgresCopyColumn<TRow>
        where T : struct
    {
        public override void Write(NpgsqlBinaryImporter copy, TRow row) => copy.Write(Utc(get(row)), type);
    }

    sealed class NullableValue<T>(Func<TRow, T?> get, NpgsqlDbType type) : PostgresCopyColumn<TRow>
        where T : struct
    {
        public override void Write(NpgsqlBinaryImporter copy, TRow row)
        {
            if (get(row) is { } value)
            {
                copy.Write(Utc(value), type);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    sealed class Reference<T>(Func<TRow, T?> get, NpgsqlDbType type) : PostgresCopyColumn<TRow>
        where T : class
    {
        public override void Write(NpgsqlBinaryImporter copy, TRow row)
        {
            if (get(row) is { } value)
            {
                copy.Write(value, type);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    /// <summary>Any other column, through EF's converter: slower, always right.</summary>
    sealed class Boxed(RowColumn column, NpgsqlDbType type) : PostgresCopyColumn<TRow>
    {
        public override void Write(NpgsqlBinaryImporter copy, TRow row)
        {
            if (column.ValueOf(row!) is { } value)
            {
                copy.Write(value, type);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }
}
