namespace Autotask.Client.Models;

/// <summary>A company's contact (entity <c>Contacts</c>; written through <c>Companies/{id}/Contacts</c>).</summary>
public sealed record Contact : IAutotaskEntity
{
    /// <summary>The contact id.</summary>
    public long Id { get; init; }
    /// <summary>The company.</summary>
    public int CompanyID { get; init; }
    /// <summary>The company location.</summary>
    public int? CompanyLocationID { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Job title.</summary>
    public string? Title { get; init; }
    /// <summary>Primary e-mail.</summary>
    public string? EmailAddress { get; init; }
    /// <summary>Second e-mail.</summary>
    public string? EmailAddress2 { get; init; }
    /// <summary>Third e-mail.</summary>
    public string? EmailAddress3 { get; init; }
    /// <summary>Phone.</summary>
    public string? Phone { get; init; }
    /// <summary>Mobile phone.</summary>
    public string? MobilePhone { get; init; }
    /// <summary>1 active, 0 inactive: unlike other entities, an integer (see <see cref="Active"/>).</summary>
    public int IsActive { get; init; }
    /// <summary>True when <see cref="IsActive"/> is non-zero.</summary>
    public bool Active => IsActive != 0;
    /// <summary>The company's primary contact.</summary>
    public bool? PrimaryContact { get; init; }
    /// <summary>External id.</summary>
    public string? ExternalID { get; init; }
    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateDate { get; init; }
    /// <summary>Last activity.</summary>
    public DateTimeOffset? LastActivityDate { get; init; }
    /// <summary>Last modified: the incremental-sync key.</summary>
    public DateTimeOffset? LastModifiedDate { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
