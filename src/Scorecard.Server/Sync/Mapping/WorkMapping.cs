using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Mapping;

/// <summary>Contracts, projects, tasks, work types, categories and SLA results as stored.</summary>
static class WorkMapping
{
    public static ContractRow ToRow(this Contract c, DateTime syncedAt) => new()
    {
        Id = c.Id,
        CompanyId = c.CompanyID,
        ContractName = Text.Cut(c.ContractName, 100),
        ContractNumber = Text.Cut(c.ContractNumber, 50),
        ContractType = c.ContractType,
        ContractCategory = c.ContractCategory,
        Status = c.Status,
        StartDate = c.StartDay,
        EndDate = c.EndDay,
        ServiceLevelAgreementId = c.ServiceLevelAgreementID,
        IsDefaultContract = c.IsDefaultContract,
        EstimatedHours = c.EstimatedHours,
        SyncedAt = syncedAt,
    };

    public static ProjectRow ToRow(this Project p, DateTime syncedAt) => new()
    {
        Id = p.Id,
        ProjectName = Text.Cut(p.ProjectName, 100),
        ProjectNumber = Text.Cut(p.ProjectNumber, 50),
        CompanyId = p.CompanyID,
        Status = p.Status,
        ProjectType = p.ProjectType,
        ProjectLeadResourceId = p.ProjectLeadResourceID,
        ContractId = p.ContractID,
        CompletedPercentage = p.CompletedPercentage,
        CreateDateTime = p.CreateDateTime?.UtcDateTime,
        StartDateTime = p.StartDateTime?.UtcDateTime,
        EndDateTime = p.EndDateTime?.UtcDateTime,
        CompletedDateTime = p.CompletedDateTime?.UtcDateTime,
        LastActivityDateTime = p.LastActivityDateTime?.UtcDateTime,
        SyncedAt = syncedAt,
    };

    public static TaskRow ToRow(this ProjectTask t, DateTime syncedAt) => new()
    {
        Id = t.Id,
        ProjectId = t.ProjectID,
        Title = Text.Cut(t.Title, 255),
        TaskNumber = Text.Cut(t.TaskNumber, 50),
        Status = t.Status,
        Priority = t.Priority,
        AssignedResourceId = t.AssignedResourceID,
        AssignedResourceRoleId = t.AssignedResourceRoleID,
        BillingCodeId = t.BillingCodeID,
        EstimatedHours = t.EstimatedHours,
        CreateDateTime = t.CreateDateTime?.UtcDateTime,
        StartDateTime = t.StartDateTime?.UtcDateTime,
        EndDateTime = t.EndDateTime?.UtcDateTime,
        CompletedDateTime = t.CompletedDateTime?.UtcDateTime,
        LastActivityDateTime = t.LastActivityDateTime?.UtcDateTime,
        SyncedAt = syncedAt,
    };

    public static BillingCodeRow ToRow(this BillingCode b, DateTime syncedAt) => new()
    {
        Id = b.Id,
        Name = Text.Cut(b.Name, 200),
        Description = Text.Cut(b.Description, 500),
        IsActive = b.IsActive,
        BillingCodeType = b.BillingCodeType,
        UseType = b.UseType,
        SyncedAt = syncedAt,
    };

    public static TicketCategoryRow ToRow(this TicketCategory c, DateTime syncedAt) => new()
    {
        Id = c.Id,
        Name = Text.Cut(c.Name, 30),
        Nickname = Text.Cut(c.Nickname, 3),
        IsActive = c.IsActive,
        SyncedAt = syncedAt,
    };

    public static SlaResultRow ToRow(this ServiceLevelAgreementResult s, DateTime syncedAt) => new()
    {
        Id = s.Id,
        TicketId = s.TicketID,
        ServiceLevelAgreementName = Text.Cut(s.ServiceLevelAgreementName, 100),
        IsFirstResponseMet = s.IsFirstResponseMet,
        IsResolutionPlanMet = s.IsResolutionPlanMet,
        IsResolutionMet = s.IsResolutionMet,
        FirstResponseElapsedHours = s.FirstResponseElapsedHours,
        ResolutionPlanElapsedHours = s.ResolutionPlanElapsedHours,
        ResolutionElapsedHours = s.ResolutionElapsedHours,
        FirstResponseResourceId = s.FirstResponseResourceID,
        ResolutionResourceId = s.ResolutionResourceID,
        SyncedAt = syncedAt,
    };
}
