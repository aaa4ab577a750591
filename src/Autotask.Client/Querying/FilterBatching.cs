namespace Autotask.Client.Querying;

/// <summary>
/// Keeps queries under Autotask's limit of 500 OR conditions. A long <c>in</c> list is split into
/// batches of 500, one query each; since filters have no negation, the union of the batch results is
/// exactly the result of the whole list. A long <c>notIn</c> becomes an <c>and</c> of short ones.
/// </summary>
static class FilterBatching
{
    public const int MaxOrConditions = 500;

    /// <summary>The filters to run (and merge by id) for <paramref name="filter"/>; each is checked against the limits.</summary>
    public static IReadOnlyList<AutotaskFilter> Split(AutotaskFilter filter)
    {
        var shortNotIns = filter.Map(c => c.Operator == FilterOperator.NotIn && c.Values.Count > MaxOrConditions
            ? new FilterGroup(false, c.Values.Chunk(MaxOrConditions).Select(chunk => (AutotaskFilter)c.WithValues(chunk)).ToArray())
            : c);
        var batches = SplitIns(shortNotIns).ToList();
        foreach (var batch in batches)
        {
            CheckLimits(batch);
        }

        return batches;
    }

    /// <summary>
    /// True when the batches of <paramref name="filter"/> can never match the same record, so their
    /// counts add up: every long <c>in</c> list is reached through <c>and</c> groups only.
    /// </summary>
    public static bool BatchesAreDisjoint(AutotaskFilter filter) => filter switch
    {
        FilterCondition => true,
        FilterGroup { IsOr: false } and => and.Items.All(BatchesAreDisjoint),
        FilterGroup or => !or.Conditions().Any(IsLongIn),
        _ => true,
    };

    static IEnumerable<AutotaskFilter> SplitIns(AutotaskFilter filter)
    {
        var big = filter.Conditions().FirstOrDefault(IsLongIn);
        if (big is null)
        {
            return [filter];
        }

        return big.Values.Chunk(MaxOrConditions)
            .Select(chunk => filter.Map(c => ReferenceEquals(c, big) ? c.WithValues(chunk) : c))
            .SelectMany(SplitIns);
    }

    static bool IsLongIn(FilterCondition c) => c.Operator == FilterOperator.In && c.Values.Count > MaxOrConditions;

    static void CheckLimits(AutotaskFilter filter)
    {
        var udfs = filter.Conditions().Count(c => c.IsUdf);
        if (udfs > 1)
        {
            throw new ArgumentException($"Autotask allows one user-defined-field condition per query; this filter has {udfs}.", nameof(filter));
        }

        var ors = OrConditions(filter);
        if (ors > MaxOrConditions)
        {
            throw new ArgumentException($"Autotask allows {MaxOrConditions} OR conditions per query; this filter has {ors}. Use a long in list instead, which is batched.", nameof(filter));
        }
    }

    static int OrConditions(AutotaskFilter filter) => filter switch
    {
        FilterCondition { Operator: FilterOperator.In } c => c.Values.Count,
        FilterGroup g => (g.IsOr ? g.Items.Count : 0) + g.Items.Sum(OrConditions),
        _ => 0,
    };
}
