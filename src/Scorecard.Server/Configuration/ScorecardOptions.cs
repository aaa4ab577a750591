using Scorecard.Goals;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Configuration;

/// <summary>The <c>Scorecard</c> configuration section.</summary>
public sealed class ScorecardOptions
{
    public const string Section = "Scorecard";

    /// <summary>The MSP's time zone (IANA name): weeks and days are counted in it.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>The queue the dashboard shows by default (name or id); empty for the whole tenant.</summary>
    public string? DefaultQueue { get; set; } = "ROC";

    public SyncOptions Sync { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    /// <summary>Goals by metric id (design.md §3), e.g. <c>same_day_close_rate</c>.</summary>
    public Dictionary<string, GoalSetting> Goals { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class DemoOptions
{
    /// <summary>Start the built-in simulated tenant when no Autotask credentials are configured.</summary>
    public bool Enabled { get; set; } = true;

    public int Seed { get; set; } = 42;

    public string Scale { get; set; } = "demo";

    public int HistoryDays { get; set; } = 365;

    /// <summary>How fast the demo tenant keeps working: 1 = real time (the default), 0 = frozen, 60 = an hour a minute.</summary>
    public double LiveSpeed { get; set; } = 1;
}

public sealed class GoalSetting
{
    public double Target { get; set; }

    public GoalDirection Direction { get; set; } = GoalDirection.AtLeast;

    public double Tolerance { get; set; } = 0.10;

    public Goal ToGoal() => new(Target, Direction, Tolerance);
}
