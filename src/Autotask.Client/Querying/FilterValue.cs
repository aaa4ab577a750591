using System.Text.Json;
using Autotask.Client.Json;

namespace Autotask.Client.Querying;

/// <summary>
/// A scalar filter value in the JSON form Autotask expects: numbers as numbers, booleans as
/// <c>true</c>/<c>false</c> (never strings), date-times as UTC with a <c>Z</c>.
/// </summary>
public readonly struct FilterValue : IEquatable<FilterValue>
{
    readonly object value;

    FilterValue(object value) => this.value = value;

    /// <summary>An integer value (ids, picklist values).</summary>
    public static implicit operator FilterValue(long v) => new(v);

    /// <summary>An integer value.</summary>
    public static implicit operator FilterValue(int v) => new((long)v);

    /// <summary>A decimal value.</summary>
    public static implicit operator FilterValue(decimal v) => new(v);

    /// <summary>A text value.</summary>
    public static implicit operator FilterValue(string v) => new(v ?? throw new ArgumentNullException(nameof(v)));

    /// <summary>A boolean, sent as JSON true/false.</summary>
    public static implicit operator FilterValue(bool v) => new(v);

    /// <summary>An instant, sent in UTC.</summary>
    public static implicit operator FilterValue(DateTimeOffset v) => new(v);

    /// <summary>A UTC <see cref="DateTime"/>; a local or unspecified one is refused because Autotask would read it as UTC.</summary>
    public static implicit operator FilterValue(DateTime v) => v.Kind == DateTimeKind.Utc
        ? new(new DateTimeOffset(v))
        : throw new ArgumentException("Autotask reads date-times as UTC: pass a UTC DateTime or a DateTimeOffset.", nameof(v));

    /// <summary>True for a boolean value.</summary>
    public bool IsBoolean => value is bool;

    internal void Write(Utf8JsonWriter w)
    {
        switch (value)
        {
            case long l: w.WriteNumberValue(l); break;
            case decimal d: w.WriteNumberValue(d); break;
            case bool b: w.WriteBooleanValue(b); break;
            case DateTimeOffset t: w.WriteStringValue(UtcDateTimeOffsetConverter.Format(t)); break;
            case string s: w.WriteStringValue(s); break;
            default: throw new InvalidOperationException("An empty FilterValue cannot be written.");
        }
    }

    /// <inheritdoc />
    public bool Equals(FilterValue other) => Equals(value, other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FilterValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value?.GetHashCode() ?? 0;

    /// <inheritdoc />
    public override string ToString() => value?.ToString() ?? "";

    /// <summary>Equality.</summary>
    public static bool operator ==(FilterValue left, FilterValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FilterValue left, FilterValue right) => !left.Equals(right);
}
