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

    /// <summary>Goals by metric id (design.md §3), e.g. <c>same_day_close_rate</c>: the seeded scorecards' goals.</summary>
    public Dictionary<string, GoalSetting> Goals { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first day of the reporting week: Monday (ISO week numbers) or Sunday.</summary>
    public DayOfWeek WeekStart { get; set; } = DayOfWeek.Monday;

    /// <summary>The month the fiscal year starts in (1 = calendar quarters).</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    public CapacityOptions Capacity { get; set; } = new();

    public SeedOptions Seed { get; set; } = new();

    public ReportOptions Reports { get; set; } = new();
}

/// <summary>How reports are served.</summary>
public sealed class ReportOptions
{
    /// <summary>
    /// After the data changed, how long a viewer waits for the new report before getting the previous
    /// one (which names its data version, and the live page replaces when the new one is announced);
    /// zero always waits. Exports and e-mails always wait. Short, so a sync every few seconds never
    /// holds a page up: the new report is usually ready by the next view (<see cref="WarmEvery"/>).
    /// </summary>
    public TimeSpan FreshWait { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How often the data version is checked to compute each scorecard's grid and quarter ahead of viewers after
    /// a change (<see cref="Reports.ReportWarmer"/>); zero turns that off.
    /// </summary>
    public TimeSpan WarmEvery { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>What a technician can work, for capacity utilization and tickets closed per technician per day.</summary>
public sealed class CapacityOptions
{
    public double DailyHours { get; set; } = 8;

    public List<DayOfWeek> WorkingDays { get; set; } = [];

    /// <summary>Local dates nobody works, e.g. 2026-12-25.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Monday to Friday unless working days are configured.</summary>
    public Scorecard.Periods.Capacity ToCapacity() => new(DailyHours,
        WorkingDays.Count == 0 ? Scorecard.Periods.Capacity.Default.WorkingDays : WorkingDays.ToHashSet(),
        Holidays.ToHashSet());
}

/// <summary>How the default scorecards are seeded on the first run.</summary>
public sealed class SeedOptions
{
    /// <summary>The "Service desk" scorecard leaves out queues whose name contains one of these (case-insensitive).</summary>
    public List<string> ExcludeQueuePatterns { get; set; } = [];

    public IReadOnlyList<string> Patterns => ExcludeQueuePatterns.Count == 0 ? ["alert", "monitor", "RMM"] : ExcludeQueuePatterns;
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
