using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Mapping;

namespace Scorecard.Server.Sync.Steps;

// Entities with a modified stamp: the cheapest exact refresh is "changed since the watermark".

/// <summary>Companies, by <c>lastTrackedModifiedDateTime</c> (they cannot be deleted, only made inactive).</summary>
sealed class CompanyStep(SyncParts parts) : ModifiedSinceStep<Company, CompanyRow>(
    "Companies", "lastTrackedModifiedDateTime", a => a.Companies, PeopleMapping.ToRow, parts);

/// <summary>Contacts, by <c>lastModifiedDate</c>; deleted ones are found by the id reconciliation.</summary>
sealed class ContactStep(SyncParts parts) : ModifiedSinceStep<Contact, ContactRow>(
    "Contacts", "lastModifiedDate", a => a.Contacts, PeopleMapping.ToRow, parts);

/// <summary>Projects, by <c>lastActivityDateTime</c>.</summary>
sealed class ProjectStep(SyncParts parts) : ModifiedSinceStep<Project, ProjectRow>(
    "Projects", "lastActivityDateTime", a => a.Projects, WorkMapping.ToRow, parts);

/// <summary>Tasks, by <c>lastActivityDateTime</c>; deleted ones are found by the id reconciliation.</summary>
sealed class TaskStep(SyncParts parts) : ModifiedSinceStep<ProjectTask, TaskRow>(
    "Tasks", "lastActivityDateTime", a => a.Tasks, WorkMapping.ToRow, parts);

// Small tables without a modified stamp: a whole refresh is exact and costs a call or two.

sealed class ResourceStep(SyncParts parts) : WholeTableStep<Resource, ResourceRow>("Resources", a => a.Resources, PeopleMapping.ToRow, parts);

sealed class RoleStep(SyncParts parts) : WholeTableStep<Role, RoleRow>("Roles", a => a.Roles, PeopleMapping.ToRow, parts);

sealed class QueueMembershipStep(SyncParts parts) : WholeTableStep<ResourceRoleQueue, ResourceRoleQueueRow>(
    "ResourceRoleQueues", a => a.ResourceRoleQueues, PeopleMapping.ToRow, parts);

sealed class ContractStep(SyncParts parts) : WholeTableStep<Contract, ContractRow>("Contracts", a => a.Contracts, WorkMapping.ToRow, parts);

sealed class BillingCodeStep(SyncParts parts) : WholeTableStep<BillingCode, BillingCodeRow>("BillingCodes", a => a.BillingCodes, WorkMapping.ToRow, parts);

sealed class TicketCategoryStep(SyncParts parts) : WholeTableStep<TicketCategory, TicketCategoryRow>(
    "TicketCategories", a => a.TicketCategories, WorkMapping.ToRow, parts);
