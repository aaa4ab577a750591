namespace Autotask.Client.Budget;

/// <summary>A snapshot of the request budget, for dashboards and health checks.</summary>
public sealed record BudgetUsage
{
    /// <summary>The tenant's hourly threshold: 10,000 until <c>ThresholdInformation</c> says otherwise.</summary>
    public required int Threshold { get; init; }
    /// <summary>The calls this client may make per rolling hour (its share of the threshold).</summary>
    public required int Allowance { get; init; }
    /// <summary>Calls this client made in the last 60 minutes.</summary>
    public required int CallsLastHour { get; init; }
    /// <summary>The tenant's usage (every integration) at the last reading, plus this client's calls since; null before the first reading.</summary>
    public required int? TenantUsageEstimate { get; init; }
    /// <summary>When <c>ThresholdInformation</c> was last read; null if never.</summary>
    public required DateTimeOffset? LastReading { get; init; }
    /// <summary>max(own calls / allowance, tenant usage / threshold): 0 idle, 1 exhausted.</summary>
    public required double Pressure { get; init; }
    /// <summary>Calls the governor delayed to spread the remaining budget.</summary>
    public required long DelayedCalls { get; init; }
    /// <summary>Calls the governor refused because the budget was spent.</summary>
    public required long RefusedCalls { get; init; }
}
