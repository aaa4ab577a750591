using System.Text.Json.Serialization;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Features.Tickets;

/// <summary>
/// A ticket under Autotask's own field names, as the prototype passed Autotask's ticket through
/// (scripts look for <c>queueID</c>, <c>createDate</c>, …). Labels are added beside the codes
/// (<c>statusLabel</c>, …), never in their place. Times are UTC, as Autotask gives them.
/// </summary>
public sealed record AutotaskTicket(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("ticketNumber")] string? TicketNumber,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("statusLabel")] string? StatusLabel,
    [property: JsonPropertyName("priority")] int Priority,
    [property: JsonPropertyName("priorityLabel")] string? PriorityLabel,
    [property: JsonPropertyName("queueID")] int? QueueId,
    [property: JsonPropertyName("queueLabel")] string? QueueLabel,
    [property: JsonPropertyName("companyID")] int CompanyId,
    [property: JsonPropertyName("companyName")] string? CompanyName,
    [property: JsonPropertyName("contactID")] int? ContactId,
    [property: JsonPropertyName("assignedResourceID")] int? AssignedResourceId,
    [property: JsonPropertyName("assignedResourceRoleID")] int? AssignedResourceRoleId,
    [property: JsonPropertyName("creatorResourceID")] int? CreatorResourceId,
    [property: JsonPropertyName("completedByResourceID")] int? CompletedByResourceId,
    [property: JsonPropertyName("ticketType")] int? TicketType,
    [property: JsonPropertyName("ticketTypeLabel")] string? TicketTypeLabel,
    [property: JsonPropertyName("source")] int? Source,
    [property: JsonPropertyName("sourceLabel")] string? SourceLabel,
    [property: JsonPropertyName("issueType")] int? IssueType,
    [property: JsonPropertyName("issueTypeLabel")] string? IssueTypeLabel,
    [property: JsonPropertyName("subIssueType")] int? SubIssueType,
    [property: JsonPropertyName("subIssueTypeLabel")] string? SubIssueTypeLabel,
    [property: JsonPropertyName("ticketCategory")] int? TicketCategory,
    [property: JsonPropertyName("billingCodeID")] int? BillingCodeId,
    [property: JsonPropertyName("contractID")] int? ContractId,
    [property: JsonPropertyName("projectID")] int? ProjectId,
    [property: JsonPropertyName("serviceLevelAgreementID")] int? ServiceLevelAgreementId,
    [property: JsonPropertyName("serviceLevelAgreementHasBeenMet")] bool? ServiceLevelAgreementHasBeenMet,
    [property: JsonPropertyName("createDate")] DateTime CreateDate,
    [property: JsonPropertyName("dueDateTime")] DateTime? DueDateTime,
    [property: JsonPropertyName("firstResponseDateTime")] DateTime? FirstResponseDateTime,
    [property: JsonPropertyName("resolvedDateTime")] DateTime? ResolvedDateTime,
    [property: JsonPropertyName("completedDate")] DateTime? CompletedDate,
    [property: JsonPropertyName("lastActivityDate")] DateTime? LastActivityDate,
    [property: JsonPropertyName("lastTrackedModificationDateTime")] DateTime? LastTrackedModificationDateTime,
    [property: JsonPropertyName("resolutionHours")] double? ResolutionHours)
{
    public static AutotaskTicket From(TicketRow t, PicklistLabels labels, string? companyName) => new(
        t.Id, t.TicketNumber, t.Title,
        t.Status, labels.Label("status", t.Status),
        t.Priority, labels.Label("priority", t.Priority),
        t.QueueId, Label(labels, "queueID", t.QueueId),
        t.CompanyId, companyName,
        t.ContactId, t.AssignedResourceId, t.AssignedResourceRoleId, t.CreatorResourceId, t.CompletedByResourceId,
        t.TicketType, Label(labels, "ticketType", t.TicketType),
        t.Source, Label(labels, "source", t.Source),
        t.IssueType, Label(labels, "issueType", t.IssueType),
        t.SubIssueType, Label(labels, "subIssueType", t.SubIssueType),
        t.TicketCategory, t.BillingCodeId, t.ContractId, t.ProjectId,
        t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet,
        t.CreateDate, t.DueDateTime, t.FirstResponseDateTime, t.ResolvedDateTime, t.CompletedDate, t.LastActivityDate,
        t.LastTrackedModificationDateTime,
        t.CompletedDate is { } c ? (c - t.CreateDate).TotalHours : null);

    static string? Label(PicklistLabels labels, string field, int? code) => code is { } v ? labels.Label(field, v) : null;
}
