using Scorecard.Goals;

namespace Scorecard.Server.Data.Rows;

/// <summary>One measurable of a scorecard: a metric of the catalogue with its goal, owner and place.</summary>
public sealed class MeasurableRow
{
    public long Id { get; set; }
    public long ScorecardId { get; set; }
    public string MetricId { get; set; } = "";
    public double? GoalTarget { get; set; }
    public GoalDirection GoalDirection { get; set; }
    public double GoalTolerance { get; set; } = 0.10;
    public string? Owner { get; set; }
    public int Order { get; set; }
}
