using System.Text.Json.Serialization.Metadata;
using Autotask.Client.Budget;
using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Metadata;
using Autotask.Client.Models;
using Autotask.Client.Webhooks;

namespace Autotask.Client;

/// <summary>
/// The Autotask REST API for one tenant: a sub-client per entity, the tenant's metadata, webhooks
/// and the request budget. Get it from dependency injection after
/// <see cref="AutotaskServiceCollectionExtensions.AddAutotaskClient"/>.
/// </summary>
public sealed class AutotaskClient
{
    readonly AutotaskConnection connection;

    /// <summary>Created by the HTTP client factory.</summary>
    public AutotaskClient(HttpClient http, AutotaskZoneResolver zones, AutotaskMetadataCache metadataCache, AutotaskBudget budget, TimeProvider clock)
    {
        connection = new AutotaskConnection(http, zones, clock);
        Metadata = new(connection, metadataCache);
        Budget = budget;
        Tickets = Entity("Tickets", LargeModelTypes.TicketPage, LargeModelTypes.TicketItem);
        TimeEntries = Entity("TimeEntries", LargeModelTypes.TimeEntryPage, LargeModelTypes.TimeEntryItem);
        Resources = Entity("Resources", AutotaskJsonContext.Default.QueryPageResource, AutotaskJsonContext.Default.ItemResponseResource);
        Companies = Entity("Companies", AutotaskJsonContext.Default.QueryPageCompany, AutotaskJsonContext.Default.ItemResponseCompany);
        Contacts = Entity("Contacts", AutotaskJsonContext.Default.QueryPageContact, AutotaskJsonContext.Default.ItemResponseContact);
        Contracts = Entity("Contracts", AutotaskJsonContext.Default.QueryPageContract, AutotaskJsonContext.Default.ItemResponseContract);
        Projects = Entity("Projects", AutotaskJsonContext.Default.QueryPageProject, AutotaskJsonContext.Default.ItemResponseProject);
        Tasks = Entity("Tasks", AutotaskJsonContext.Default.QueryPageProjectTask, AutotaskJsonContext.Default.ItemResponseProjectTask);
        BillingCodes = Entity("BillingCodes", AutotaskJsonContext.Default.QueryPageBillingCode, AutotaskJsonContext.Default.ItemResponseBillingCode);
        TicketCategories = Entity("TicketCategories", AutotaskJsonContext.Default.QueryPageTicketCategory, AutotaskJsonContext.Default.ItemResponseTicketCategory);
        TicketNotes = Entity("TicketNotes", AutotaskJsonContext.Default.QueryPageTicketNote, AutotaskJsonContext.Default.ItemResponseTicketNote);
        ServiceLevelAgreementResults = Entity("ServiceLevelAgreementResults", AutotaskJsonContext.Default.QueryPageServiceLevelAgreementResult, AutotaskJsonContext.Default.ItemResponseServiceLevelAgreementResult);
        ResourceRoleQueues = Entity("ResourceRoleQueues", AutotaskJsonContext.Default.QueryPageResourceRoleQueue, AutotaskJsonContext.Default.ItemResponseResourceRoleQueue);
        DeletedTicketLogs = Entity("DeletedTicketLogs", AutotaskJsonContext.Default.QueryPageDeletedTicketLog, AutotaskJsonContext.Default.ItemResponseDeletedTicketLog);
        DeletedTicketActivityLogs = Entity("DeletedTicketActivityLogs", AutotaskJsonContext.Default.QueryPageDeletedTicketActivityLog, AutotaskJsonContext.Default.ItemResponseDeletedTicketActivityLog);
        DeletedTaskActivityLogs = Entity("DeletedTaskActivityLogs", AutotaskJsonContext.Default.QueryPageDeletedTaskActivityLog, AutotaskJsonContext.Default.ItemResponseDeletedTaskActivityLog);
        Roles = Entity("Roles", AutotaskJsonContext.Default.QueryPageRole, AutotaskJsonContext.Default.ItemResponseRole);
        Webhooks = new(Entity("TicketWebhooks", AutotaskJsonContext.Default.QueryPageTicketWebhook, AutotaskJsonContext.Default.ItemResponseTicketWebhook), connection, Metadata);
    }

    /// <summary>Tickets.</summary>
    public EntityClient<Ticket> Tickets { get; }

    /// <summary>Time entries.</summary>
    public EntityClient<TimeEntry> TimeEntries { get; }

    /// <summary>Resources (technicians and API users).</summary>
    public EntityClient<Resource> Resources { get; }

    /// <summary>Companies.</summary>
    public EntityClient<Company> Companies { get; }

    /// <summary>Contacts.</summary>
    public EntityClient<Contact> Contacts { get; }

    /// <summary>Contracts.</summary>
    public EntityClient<Contract> Contracts { get; }

    /// <summary>Projects.</summary>
    public EntityClient<Project> Projects { get; }

    /// <summary>Project tasks.</summary>
    public EntityClient<ProjectTask> Tasks { get; }

    /// <summary>Work types (billing codes).</summary>
    public EntityClient<BillingCode> BillingCodes { get; }

    /// <summary>Ticket categories.</summary>
    public EntityClient<TicketCategory> TicketCategories { get; }

    /// <summary>Ticket notes.</summary>
    public EntityClient<TicketNote> TicketNotes { get; }

    /// <summary>SLA results per ticket.</summary>
    public EntityClient<ServiceLevelAgreementResult> ServiceLevelAgreementResults { get; }

    /// <summary>Queue memberships of resources.</summary>
    public EntityClient<ResourceRoleQueue> ResourceRoleQueues { get; }

    /// <summary>Deleted tickets.</summary>
    public EntityClient<DeletedTicketLog> DeletedTicketLogs { get; }

    /// <summary>Deleted time entries, notes and attachments of tickets.</summary>
    public EntityClient<DeletedTicketActivityLog> DeletedTicketActivityLogs { get; }

    /// <summary>Deleted time entries and notes of project tasks.</summary>
    public EntityClient<DeletedTaskActivityLog> DeletedTaskActivityLogs { get; }

    /// <summary>Roles.</summary>
    public EntityClient<Role> Roles { get; }

    /// <summary>Entity information, fields, picklists and UDF definitions.</summary>
    public AutotaskMetadata Metadata { get; }

    /// <summary>Ticket webhooks: register, list, remove.</summary>
    public TicketWebhooks Webhooks { get; }

    /// <summary>The request budget shared by every call to this tenant, and its usage.</summary>
    public AutotaskBudget Budget { get; }

    EntityClient<T> Entity<T>(string name, JsonTypeInfo<QueryPage<T>> page, JsonTypeInfo<ItemResponse<T>> item)
        where T : class, IAutotaskEntity => new(connection, Metadata, name, page, item);
}
