namespace Autotask.Client.Models;

/// <summary>
/// An Autotask ticket (entity <c>Tickets</c>). Picklist fields (status, priority, queue…) hold the
/// tenant's integer values; labels come from <see cref="Metadata.AutotaskMetadata"/>. Timestamps are UTC.
/// </summary>
public sealed record Ticket
{
    /// <summary>The ticket id.</summary>
    public long Id { get; init; }
    /// <summary>e.g. <c>T20240501.0046</c>.</summary>
    public string? TicketNumber { get; init; }
    /// <summary>The title.</summary>
    public string? Title { get; init; }
    /// <summary>The description, flattened to plain text by Autotask.</summary>
    public string? Description { get; init; }
    /// <summary>Status picklist value (1 New and 5 Complete are system values).</summary>
    public int Status { get; init; }
    /// <summary>Priority picklist value.</summary>
    public int Priority { get; init; }
    /// <summary>Queue picklist value.</summary>
    public int? QueueID { get; init; }
    /// <summary>The company; 0 is the tenant's own company.</summary>
    public int CompanyID { get; init; }
    /// <summary>The contact.</summary>
    public int? ContactID { get; init; }
    /// <summary>The primary resource.</summary>
    public int? AssignedResourceID { get; init; }
    /// <summary>The primary resource's role.</summary>
    public int? AssignedResourceRoleID { get; init; }
    /// <summary>When the ticket was created.</summary>
    public DateTimeOffset CreateDate { get; init; }
    /// <summary>Who created it.</summary>
    public int? CreatorResourceID { get; init; }
    /// <summary>Due.</summary>
    public DateTimeOffset? DueDateTime { get; init; }
    /// <summary>First response.</summary>
    public DateTimeOffset? FirstResponseDateTime { get; init; }
    /// <summary>First response due (SLA).</summary>
    public DateTimeOffset? FirstResponseDueDateTime { get; init; }
    /// <summary>Resolved.</summary>
    public DateTimeOffset? ResolvedDateTime { get; init; }
    /// <summary>Set when the status becomes Complete; cleared when the ticket is reopened.</summary>
    public DateTimeOffset? CompletedDate { get; init; }
    /// <summary>Who completed it.</summary>
    public int? CompletedByResourceID { get; init; }
    /// <summary>Last activity of any kind (notes and time bump it too): the broad incremental-sync key.</summary>
    public DateTimeOffset? LastActivityDate { get; init; }
    /// <summary>Last change of a tracked field.</summary>
    public DateTimeOffset? LastTrackedModificationDateTime { get; init; }
    /// <summary>SLA picklist value.</summary>
    public int? ServiceLevelAgreementID { get; init; }
    /// <summary>Whether the SLA was met; null while undetermined or without SLA.</summary>
    public bool? ServiceLevelAgreementHasBeenMet { get; init; }
    /// <summary>Ticket type picklist value.</summary>
    public int? TicketType { get; init; }
    /// <summary>Source picklist value.</summary>
    public int? Source { get; init; }
    /// <summary>Issue type picklist value.</summary>
    public int? IssueType { get; init; }
    /// <summary>Sub-issue type picklist value.</summary>
    public int? SubIssueType { get; init; }
    /// <summary>Estimated hours.</summary>
    public decimal? EstimatedHours { get; init; }
    /// <summary>Work type.</summary>
    public int? BillingCodeID { get; init; }
    /// <summary>Contract.</summary>
    public int? ContractID { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init; } = [];
}
