namespace Autotask.Client.Models;

/// <summary>How a ticket fared against its SLA (entity <c>ServiceLevelAgreementResults</c>, query-only).</summary>
public sealed record ServiceLevelAgreementResult : IAutotaskEntity
{
    /// <summary>The result id.</summary>
    public long Id { get; init; }
    /// <summary>The ticket.</summary>
    public int TicketID { get; init; }
    /// <summary>The SLA's name.</summary>
    public string? ServiceLevelAgreementName { get; init; }
    /// <summary>First response met; null while undetermined.</summary>
    public bool? IsFirstResponseMet { get; init; }
    /// <summary>Resolution plan met.</summary>
    public bool? IsResolutionPlanMet { get; init; }
    /// <summary>Resolution met.</summary>
    public bool? IsResolutionMet { get; init; }
    /// <summary>Hours to first response.</summary>
    public decimal? FirstResponseElapsedHours { get; init; }
    /// <summary>Hours to resolution plan.</summary>
    public decimal? ResolutionPlanElapsedHours { get; init; }
    /// <summary>Hours to resolution.</summary>
    public decimal? ResolutionElapsedHours { get; init; }
    /// <summary>Resource assigned at first response.</summary>
    public int? FirstResponseResourceID { get; init; }
    /// <summary>Resource who made the first response.</summary>
    public int? FirstResponseInitiatingResourceID { get; init; }
    /// <summary>Resource who gave the resolution plan.</summary>
    public int? ResolutionPlanResourceID { get; init; }
    /// <summary>Resource who resolved it.</summary>
    public int? ResolutionResourceID { get; init; }
}
