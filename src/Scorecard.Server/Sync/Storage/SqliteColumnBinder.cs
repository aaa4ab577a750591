using System.Globalization;
using System.Reflection;
using SQLitePCL;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// Binds one column of a row to a prepared SQLite statement by position, without boxing, in the text forms
/// Microsoft.Data.Sqlite (and so EF) uses: instants as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, dates as
/// <c>yyyy-MM-dd</c>, decimals as invariant text, flags as 0/1. The sync writes hundreds of thousands of
/// rows; ADO.NET's named parameters cost a name lookup and a box per value.
/// </summary>
abstract class SqliteColumnBinder<TRow>
{
    public abstract void Bind(TRow row, sqlite3_stmt statement, int index);

    public static SqliteColumnBinder<TRow> For(RowColumn column)
    {
        var type = column.Property.PropertyType;
        var under = Nullable.GetUnderlyingType(type) ?? type;
        var getter = column.Property.GetMethod!;
        if (!column.HasOnlyUtcConversion)
        {
            return new Boxed(column);
        }

        return under switch
        {
            _ when under == typeof(long) || under == typeof(int) || under == typeof(bool) || under == typeof(double)
                || under == typeof(decimal) || under == typeof(DateTime) || under == typeof(DateOnly) || under == typeof(string) =>
                (SqliteColumnBinder<TRow>)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(typeof(TRow), type),
                    getter.CreateDelegate(typeof(Func<,>).MakeGenericType(typeof(TRow), type)))!,
            _ => new Boxed(column),
        };
    }

    internal static void Check(int rc, sqlite3_stmt statement)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused a value ({rc}): {raw.sqlite3_errmsg(raw.sqlite3_db_handle(statement)).utf8_to_string()}");
        }
    }

    static void BindValue<T>(T value, sqlite3_stmt s, int i)
    {
        Span<byte> text = stackalloc byte[48];
        int written;
        var rc = value switch
        {
            long v => raw.sqlite3_bind_int64(s, i, v),
            int v => raw.sqlite3_bind_int64(s, i, v),
            bool v => raw.sqlite3_bind_int64(s, i, v ? 1 : 0),
            double v => raw.sqlite3_bind_double(s, i, v),
            string v => raw.sqlite3_bind_text(s, i, v),
            decimal v when v.TryFormat(text, out written, "0.0###########################", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(s, i, text[..written]),
            DateTime v when (v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v).TryFormat(text, out written, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(s, i, text[..written]),
            DateOnly v when v.TryFormat(text, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture) => raw.sqlite3_bind_text(s, i, text[..written]),
            null => raw.sqlite3_bind_null(s, i),
            _ => throw new NotSupportedException($"No SQLite binding for {value.GetType().Name}."),
        };
        Check(rc, s);
    }

    /// <summary>A property read through a typed delegate: the switch above is resolved per type by the JIT, so nothing is boxed.</summary>
    sealed class Typed<T>(Func<TRow, T> get) : SqliteColumnBinder<TRow>
    {
        public override void Bind(TRow row, sqlite3_stmt statement, int index) => BindValue(get(row), statement, index);
    }

    /// <summary>Any other column, through EF's converter: slower, always right.</summary>
    sealed class Boxed(RowColumn column) : SqliteColumnBinder<TRow>
    {
        public override void Bind(TRow row, sqlite3_stmt statement, int index) => BindValue(column.ValueOf(row!), statement, index);
    }
}
