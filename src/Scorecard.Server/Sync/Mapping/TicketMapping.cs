using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Mapping;

/// <summary>A ticket as stored: the one mapping that cycles, webhook refreshes and reloads all use.</summary>
static class TicketMapping
{
    public const int TitleLength = 255;

    public static TicketRow ToRow(this Ticket t, DateTime syncedAt) => new()
    {
        Id = t.Id,
        TicketNumber = t.TicketNumber,
        Title = Text.Cut(t.Title, TitleLength),
        Status = t.Status,
        Priority = t.Priority,
        QueueId = t.QueueID,
        CompanyId = t.CompanyID,
        ContactId = t.ContactID,
        AssignedResourceId = t.AssignedResourceID,
        AssignedResourceRoleId = t.AssignedResourceRoleID,
        CreatorResourceId = t.CreatorResourceID,
        CompletedByResourceId = t.CompletedByResourceID,
        TicketType = t.TicketType,
        Source = t.Source,
        IssueType = t.IssueType,
        SubIssueType = t.SubIssueType,
        TicketCategory = t.TicketCategory,
        BillingCodeId = t.BillingCodeID,
        ContractId = t.ContractID,
        ProjectId = t.ProjectID,
        ServiceLevelAgreementId = t.ServiceLevelAgreementID,
        ServiceLevelAgreementHasBeenMet = t.ServiceLevelAgreementHasBeenMet,
        CreateDate = t.CreateDate.UtcDateTime,
        DueDateTime = t.DueDateTime?.UtcDateTime,
        FirstResponseDateTime = t.FirstResponseDateTime?.UtcDateTime,
        FirstResponseDueDateTime = t.FirstResponseDueDateTime?.UtcDateTime,
        ResolvedDateTime = t.ResolvedDateTime?.UtcDateTime,
        CompletedDate = t.CompletedDate?.UtcDateTime,
        LastActivityDate = t.LastActivityDate?.UtcDateTime,
        LastTrackedModificationDateTime = t.LastTrackedModificationDateTime?.UtcDateTime,
        SyncedAt = syncedAt,
    };
}

/// <summary>Text cut to the column's length, as stored.</summary>
static class Text
{
    public static string? Cut(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
