using System.Text.Json;

namespace Autotask.Client.Querying;

/// <summary>An and/or group of filters.</summary>
public sealed record FilterGroup : AutotaskFilter
{
    internal FilterGroup(bool isOr, IReadOnlyList<AutotaskFilter> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Any(i => i is null))
        {
            throw new ArgumentException("An and/or group needs at least one filter, and no nulls.", nameof(items));
        }

        IsOr = isOr;
        Items = items;
    }

    /// <summary>True for <c>or</c>, false for <c>and</c>.</summary>
    public bool IsOr { get; }

    /// <summary>The grouped filters.</summary>
    public IReadOnlyList<AutotaskFilter> Items { get; }

    /// <inheritdoc />
    public override IEnumerable<FilterCondition> Conditions() => Items.SelectMany(i => i.Conditions());

    internal override AutotaskFilter Map(Func<FilterCondition, AutotaskFilter> replace) =>
        new FilterGroup(IsOr, Items.Select(i => i.Map(replace)).ToArray());

    internal override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("op", IsOr ? "or" : "and");
        w.WriteStartArray("items");
        foreach (var i in Items)
        {
            i.Write(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <inheritdoc />
    public bool Equals(FilterGroup? other) => other is not null && IsOr == other.IsOr && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsOr, Items.Count);
}
