namespace Autotask.Client.Models;

/// <summary>A work type (entity <c>BillingCodes</c>, query-only).</summary>
public sealed record BillingCode : IAutotaskEntity
{
    /// <summary>The billing code id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>Billing code type.</summary>
    public int? BillingCodeType { get; init; }
    /// <summary>Use type.</summary>
    public int? UseType { get; init; }
    /// <summary>After-hours work type.</summary>
    public int? AfterHoursWorkType { get; init; }
    /// <summary>Department.</summary>
    public int? Department { get; init; }
    /// <summary>Unit price.</summary>
    public decimal? UnitPrice { get; init; }
    /// <summary>Unit cost.</summary>
    public decimal? UnitCost { get; init; }
    /// <summary>Markup rate.</summary>
    public decimal? MarkupRate { get; init; }
    /// <summary>External number.</summary>
    public string? ExternalNumber { get; init; }
}
