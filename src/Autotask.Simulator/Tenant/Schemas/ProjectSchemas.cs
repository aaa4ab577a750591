using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>Projects and Tasks (autotask-api.md §6.7); their stamp is <c>lastActivityDateTime</c>.</summary>
public static class ProjectSchemas
{
    public static EntitySchema<SimProject> Projects() => new("Projects", "Project", p => p.Id,
    [
        Long<SimProject>("id", p => p.Id) with { IsReadOnly = true, IsRequired = true },
        Decimal<SimProject>("actualBilledHours", _ => null) with { IsReadOnly = true },
        Decimal<SimProject>("actualHours", _ => null) with { IsReadOnly = true },
        Reference<SimProject>("companyID", p => p.CompanyId, "Account") with { IsRequired = true },
        DateTime<SimProject>("completedDateTime", p => p.CompletedDateTime) with { IsReadOnly = true },
        Int<SimProject>("completedPercentage", p => p.CompletedPercentage) with { IsReadOnly = true },
        Reference<SimProject>("contractID", p => p.ContractId, "Contract"),
        DateTime<SimProject>("createDateTime", p => p.CreateDateTime) with { IsReadOnly = true },
        Int<SimProject>("department", _ => null),
        DateTime<SimProject>("endDateTime", p => p.EndDateTime) with { IsRequired = true },
        Decimal<SimProject>("estimatedTime", p => p.EstimatedTime),
        DateTime<SimProject>("lastActivityDateTime", p => p.LastActivityDateTime) with { IsReadOnly = true },
        Reference<SimProject>("projectLeadResourceID", p => p.ProjectLeadResourceId, "Resource"),
        String<SimProject>("projectName", p => p.ProjectName, 100) with { IsRequired = true },
        String<SimProject>("projectNumber", p => p.ProjectNumber, 50) with { IsReadOnly = true },
        Picklist<SimProject>("projectType", p => p.ProjectType, Picklists.ProjectType) with { IsRequired = true },
        DateTime<SimProject>("startDateTime", p => p.StartDateTime) with { IsRequired = true },
        Picklist<SimProject>("status", p => p.Status, Picklists.ProjectStatus) with { IsRequired = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
    };

    public static EntitySchema<SimTask> Tasks() => new("Tasks", "Task", t => t.Id,
    [
        Long<SimTask>("id", t => t.Id) with { IsReadOnly = true, IsRequired = true },
        Reference<SimTask>("assignedResourceID", t => t.AssignedResourceId, "Resource"),
        Reference<SimTask>("assignedResourceRoleID", t => t.AssignedResourceRoleId, "Role"),
        Reference<SimTask>("billingCodeID", t => t.BillingCodeId, "BillingCode"),
        DateTime<SimTask>("completedDateTime", t => t.CompletedDateTime) with { IsReadOnly = true },
        DateTime<SimTask>("createDateTime", t => t.CreateDateTime) with { IsReadOnly = true },
        DateTime<SimTask>("endDateTime", t => t.EndDateTime),
        Decimal<SimTask>("estimatedHours", t => t.EstimatedHours),
        Bool<SimTask>("isVisibleInClientPortal", _ => false),
        DateTime<SimTask>("lastActivityDateTime", t => t.LastActivityDateTime) with { IsReadOnly = true },
        Reference<SimTask>("phaseID", _ => null, "Phase"),
        Int<SimTask>("priority", t => t.Priority),
        String<SimTask>("priorityLabel", t => t.Priority is { } p ? $"P{p}" : null, 50) with { IsReadOnly = true, IsQueryable = false },
        Reference<SimTask>("projectID", t => t.ProjectId, "Project") with { IsRequired = true },
        Decimal<SimTask>("remainingHours", t => t.RemainingHours) with { IsQueryable = false },
        DateTime<SimTask>("startDateTime", t => t.StartDateTime),
        Picklist<SimTask>("status", t => t.Status, Picklists.TaskStatus) with { IsRequired = true },
        String<SimTask>("taskNumber", t => t.TaskNumber, 50) with { IsReadOnly = true },
        Int<SimTask>("taskType", _ => 1),
        String<SimTask>("title", t => t.Title) with { IsRequired = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        CanDelete = true,
    };
}
