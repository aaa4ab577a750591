namespace Autotask.Client.Models;

/// <summary>A contract (entity <c>Contracts</c>). No modified stamp: refresh it whole.</summary>
public sealed record Contract : IAutotaskEntity
{
    /// <summary>The contract id.</summary>
    public long Id { get; init; }
    /// <summary>The company.</summary>
    public int CompanyID { get; init; }
    /// <summary>Name.</summary>
    public string? ContractName { get; init; }
    /// <summary>Number.</summary>
    public string? ContractNumber { get; init; }
    /// <summary>Type picklist value (commonly 1 T&amp;M, 2 Fixed Price, 3 Block Hours, 4 Retainer, 7 Recurring Service).</summary>
    public int? ContractType { get; init; }
    /// <summary>Category picklist value.</summary>
    public int? ContractCategory { get; init; }
    /// <summary>Status picklist value.</summary>
    public int? Status { get; init; }
    /// <summary>Start, a date stored at midnight (see <see cref="StartDay"/>).</summary>
    public DateTimeOffset? StartDate { get; init; }
    /// <summary>End, a date stored at midnight (see <see cref="EndDay"/>).</summary>
    public DateTimeOffset? EndDate { get; init; }
    /// <summary>The start date as entered; never shift it by a time zone.</summary>
    public DateOnly? StartDay => StartDate is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null;
    /// <summary>The end date as entered.</summary>
    public DateOnly? EndDay => EndDate is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null;
    /// <summary>SLA picklist value.</summary>
    public int? ServiceLevelAgreementID { get; init; }
    /// <summary>The company's default contract.</summary>
    public bool? IsDefaultContract { get; init; }
    /// <summary>Estimated hours.</summary>
    public decimal? EstimatedHours { get; init; }
    /// <summary>Estimated cost.</summary>
    public decimal? EstimatedCost { get; init; }
    /// <summary>Estimated revenue.</summary>
    public decimal? EstimatedRevenue { get; init; }
    /// <summary>The contact.</summary>
    public int? ContactID { get; init; }
    /// <summary>Billing preference.</summary>
    public int? BillingPreference { get; init; }
    /// <summary>Period type.</summary>
    public int? ContractPeriodType { get; init; }
    /// <summary>Exclusion contract.</summary>
    public int? ExclusionContractID { get; init; }
    /// <summary>The contract this one renewed.</summary>
    public int? RenewedContractID { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
