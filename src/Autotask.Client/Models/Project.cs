namespace Autotask.Client.Models;

/// <summary>A project (entity <c>Projects</c>).</summary>
public sealed record Project : IAutotaskEntity
{
    /// <summary>The project id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? ProjectName { get; init; }
    /// <summary>Number.</summary>
    public string? ProjectNumber { get; init; }
    /// <summary>The company.</summary>
    public int CompanyID { get; init; }
    /// <summary>Status picklist value.</summary>
    public int? Status { get; init; }
    /// <summary>Type picklist value.</summary>
    public int? ProjectType { get; init; }
    /// <summary>Start.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
    /// <summary>End.</summary>
    public DateTimeOffset? EndDateTime { get; init; }
    /// <summary>Completed.</summary>
    public DateTimeOffset? CompletedDateTime { get; init; }
    /// <summary>Percent complete.</summary>
    public int? CompletedPercentage { get; init; }
    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateDateTime { get; init; }
    /// <summary>Last activity: the incremental-sync key.</summary>
    public DateTimeOffset? LastActivityDateTime { get; init; }
    /// <summary>Project lead.</summary>
    public int? ProjectLeadResourceID { get; init; }
    /// <summary>Contract.</summary>
    public int? ContractID { get; init; }
    /// <summary>Department.</summary>
    public int? Department { get; init; }
    /// <summary>Estimated time in hours.</summary>
    public decimal? EstimatedTime { get; init; }
    /// <summary>Hours worked.</summary>
    public decimal? ActualHours { get; init; }
    /// <summary>Hours billed.</summary>
    public decimal? ActualBilledHours { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
