namespace Autotask.Client.Models;

/// <summary>An Autotask resource (a person, or an API user). Resources cannot be deleted and carry no modified stamp.</summary>
public sealed record Resource : IAutotaskEntity
{
    /// <summary>The resource id.</summary>
    public long Id { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Middle name.</summary>
    public string? MiddleName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Initials.</summary>
    public string? Initials { get; init; }
    /// <summary>Job title.</summary>
    public string? Title { get; init; }
    /// <summary>Primary e-mail.</summary>
    public string? Email { get; init; }
    /// <summary>Second e-mail.</summary>
    public string? Email2 { get; init; }
    /// <summary>Third e-mail.</summary>
    public string? Email3 { get; init; }
    /// <summary>Autotask user name.</summary>
    public string? UserName { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>A string picklist, e.g. <c>Employee</c>.</summary>
    public string? ResourceType { get; init; }
    /// <summary>License type (read-only); tells API-only users apart.</summary>
    public int? LicenseType { get; init; }
    /// <summary>User type.</summary>
    public int? UserType { get; init; }
    /// <summary>Location.</summary>
    public int? LocationID { get; init; }
    /// <summary>Default service-desk role.</summary>
    public long? DefaultServiceDeskRoleID { get; init; }
    /// <summary>Hire date.</summary>
    public DateTimeOffset? HireDate { get; init; }
    /// <summary>Office phone.</summary>
    public string? OfficePhone { get; init; }
    /// <summary>Mobile phone.</summary>
    public string? MobilePhone { get; init; }
    /// <summary>Payroll type.</summary>
    public int? PayrollType { get; init; }
    /// <summary>Internal cost; 0 without the permission to see costs.</summary>
    public double? InternalCost { get; init; }
    /// <summary>Survey rating.</summary>
    public double? SurveyResourceRating { get; init; }
    /// <summary>Accounting reference.</summary>
    public string? AccountingReferenceID { get; init; }
    /// <summary>"First Last".</summary>
    public string DisplayName => $"{FirstName} {LastName}".Trim();
}
