namespace Autotask.Client.Models;

/// <summary>An Autotask company (entity <c>Companies</c>). Id 0 is the tenant's own company; companies cannot be deleted.</summary>
public sealed record Company : IAutotaskEntity
{
    /// <summary>The company id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? CompanyName { get; init; }
    /// <summary>Number.</summary>
    public string? CompanyNumber { get; init; }
    /// <summary>Company type picklist value (commonly 1 Customer, 2 Lead, 3 Prospect; tenant-defined).</summary>
    public int? CompanyType { get; init; }
    /// <summary>Classification picklist value.</summary>
    public int? Classification { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>Account manager.</summary>
    public int? OwnerResourceID { get; init; }
    /// <summary>Parent company.</summary>
    public int? ParentCompanyID { get; init; }
    /// <summary>Market segment.</summary>
    public int? MarketSegmentID { get; init; }
    /// <summary>Territory.</summary>
    public int? TerritoryID { get; init; }
    /// <summary>Phone.</summary>
    public string? Phone { get; init; }
    /// <summary>Address line 1.</summary>
    public string? Address1 { get; init; }
    /// <summary>Address line 2.</summary>
    public string? Address2 { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>State or region.</summary>
    public string? State { get; init; }
    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }
    /// <summary>Country.</summary>
    public int? CountryID { get; init; }
    /// <summary>Web site.</summary>
    public string? WebAddress { get; init; }
    /// <summary>Currency.</summary>
    public int? CurrencyID { get; init; }
    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateDate { get; init; }
    /// <summary>Who created it.</summary>
    public int? CreatedByResourceID { get; init; }
    /// <summary>Last activity.</summary>
    public DateTimeOffset? LastActivityDate { get; init; }
    /// <summary>Last tracked modification (note Autotask's spelling "Modified", unlike tickets): the incremental-sync key.</summary>
    public DateTimeOffset? LastTrackedModifiedDateTime { get; init; }
    /// <summary>Client portal active.</summary>
    public bool? IsClientPortalActive { get; init; }
    /// <summary>Taskfire active.</summary>
    public bool? IsTaskFireActive { get; init; }
    /// <summary>Enabled for co-managed help desk.</summary>
    public bool? IsEnabledForComanaged { get; init; }
    /// <summary>Survey rating.</summary>
    public double? SurveyCompanyRating { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
