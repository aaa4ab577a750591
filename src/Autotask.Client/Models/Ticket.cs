namespace Autotask.Client.Models;

/// <summary>
/// An Autotask ticket (entity <c>Tickets</c>). Picklist fields (status, priority, queue…) hold the
/// tenant's integer values; labels come from <see cref="Metadata.AutotaskMetadata"/>. Timestamps are UTC.
/// </summary>
public sealed record Ticket : IAutotaskEntity
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
    /// <summary>Company location.</summary>
    public int? CompanyLocationID { get; init; }
    /// <summary>Configuration item (asset).</summary>
    public int? ConfigurationItemID { get; init; }
    /// <summary>Project.</summary>
    public int? ProjectID { get; init; }
    /// <summary>Opportunity.</summary>
    public int? OpportunityID { get; init; }
    /// <summary>The contact who created it, when a contact did.</summary>
    public int? CreatedByContactID { get; init; }
    /// <summary>Creator type (not queryable).</summary>
    public int? CreatorType { get; init; }
    /// <summary>Resource assigned at first response.</summary>
    public int? FirstResponseAssignedResourceID { get; init; }
    /// <summary>Resource who made the first response.</summary>
    public int? FirstResponseInitiatingResourceID { get; init; }
    /// <summary>Resolution plan given.</summary>
    public DateTimeOffset? ResolutionPlanDateTime { get; init; }
    /// <summary>Resolution plan due (SLA).</summary>
    public DateTimeOffset? ResolutionPlanDueDateTime { get; init; }
    /// <summary>Resolution due (SLA).</summary>
    public DateTimeOffset? ResolvedDueDateTime { get; init; }
    /// <summary>Who acted last.</summary>
    public int? LastActivityResourceID { get; init; }
    /// <summary>Kind of person who acted last (not queryable).</summary>
    public int? LastActivityPersonType { get; init; }
    /// <summary>Last customer notification.</summary>
    public DateTimeOffset? LastCustomerNotificationDateTime { get; init; }
    /// <summary>Last customer-visible activity.</summary>
    public DateTimeOffset? LastCustomerVisibleActivityDateTime { get; init; }
    /// <summary>Hours until the next SLA event while paused.</summary>
    public double? ServiceLevelAgreementPausedNextEventHours { get; init; }
    /// <summary>Ticket category (see the TicketCategories entity).</summary>
    public int? TicketCategory { get; init; }
    /// <summary>Hours still to schedule.</summary>
    public decimal? HoursToBeScheduled { get; init; }
    /// <summary>Contract service.</summary>
    public long? ContractServiceID { get; init; }
    /// <summary>Contract service bundle.</summary>
    public long? ContractServiceBundleID { get; init; }
    /// <summary>Resolution text.</summary>
    public string? Resolution { get; init; }
    /// <summary>External id.</summary>
    public string? ExternalID { get; init; }
    /// <summary>Purchase order number.</summary>
    public string? PurchaseOrderNumber { get; init; }
    /// <summary>RMM alert id.</summary>
    public string? RmmAlertID { get; init; }
    /// <summary>The problem ticket this incident belongs to.</summary>
    public int? ProblemTicketId { get; init; }
    /// <summary>Monitor.</summary>
    public int? MonitorID { get; init; }
    /// <summary>Monitor type.</summary>
    public int? MonitorTypeID { get; init; }
    /// <summary>Change approval board.</summary>
    public int? ChangeApprovalBoard { get; init; }
    /// <summary>Change approval status.</summary>
    public int? ChangeApprovalStatus { get; init; }
    /// <summary>Change approval type.</summary>
    public int? ChangeApprovalType { get; init; }
    /// <summary>Organizational level association.</summary>
    public int? OrganizationalLevelAssociationID { get; init; }
    /// <summary>The resource an integration impersonated when creating it.</summary>
    public int? ImpersonatorCreatorResourceID { get; init; }
    /// <summary>Assigned to a co-managed user.</summary>
    public bool? IsAssignedToComanaged { get; init; }
    /// <summary>Visible to co-managed users.</summary>
    public bool? IsVisibleToComanaged { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
