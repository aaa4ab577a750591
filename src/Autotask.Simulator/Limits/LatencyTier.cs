namespace Autotask.Simulator.Limits;

/// <summary>
/// Autotask slows every call once the hourly usage passes a share of the threshold
/// (secondary summaries of its docs: +0.5 s from 50 %, +1 s from 75 %; autotask-api.md §5).
/// </summary>
public sealed record LatencyTier(double UsageShare, TimeSpan Delay)
{
    public static IReadOnlyList<LatencyTier> Documented { get; } =
    [
        new(0.50, TimeSpan.FromSeconds(0.5)),
        new(0.75, TimeSpan.FromSeconds(1)),
    ];

    /// <summary>The delay for a usage share: the highest tier reached, or zero.</summary>
    public static TimeSpan For(IReadOnlyList<LatencyTier> tiers, double usageShare) =>
        tiers.Where(t => usageShare >= t.UsageShare).Select(t => t.Delay).DefaultIfEmpty(TimeSpan.Zero).Max();
}
