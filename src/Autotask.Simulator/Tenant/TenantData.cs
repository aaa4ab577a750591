using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using Autotask.Simulator.Tenant.Schemas;
using Autotask.Simulator.Webhooks;

namespace Autotask.Simulator.Tenant;

/// <summary>Everything the simulated Autotask database holds for one tenant.</summary>
public sealed class TenantData
{
    public TenantData(TimeZoneInfo zone, IReadOnlyList<UdfDefinition> ticketUdfs)
    {
        Zone = zone;
        Tickets = new(TicketSchema.Create(ticketUdfs));
        TimeEntries = new(TimeEntrySchema.Create());
        Resources = new(ResourceSchema.Create());
        Companies = new(CompanySchema.Create());
        Contacts = new(ContactSchema.Create());
        Contracts = new(ContractSchema.Create());
        Projects = new(ProjectSchemas.Projects());
        Tasks = new(ProjectSchemas.Tasks());
        BillingCodes = new(SupportingSchemas.BillingCodes());
        TicketCategories = new(SupportingSchemas.TicketCategories());
        TicketNotes = new(TicketNoteSchema.Create());
        SlaResults = new(ReportSchemas.SlaResults(id => Picklists.Label(Schemas.Picklists.ServiceLevelAgreement, id)));
        ResourceRoleQueues = new(SupportingSchemas.ResourceRoleQueues());
        DeletedTicketLogs = new(ReportSchemas.DeletedTickets());
        DeletedTicketActivityLogs = new(ReportSchemas.DeletedActivities());
        DeletedTaskActivityLogs = new(ReportSchemas.DeletedTaskActivities());
        Roles = new(SupportingSchemas.Roles());
        TicketWebhookFields = new(WebhookSchemas.Fields());
        TicketWebhooks = new(WebhookSchemas.Webhooks(w => w.IsActive && TicketWebhookFields.Snapshot().Any(f => f.WebhookId == w.Id && f.IsSubscribedField)));
        TicketWebhookExcludedResources = new(WebhookSchemas.ExcludedResources());
        WebhookEventErrorLogs = new(WebhookSchemas.ErrorLogs());
        IEntityTable[] all =
        [
            Tickets, TimeEntries, Resources, Companies, Contacts, Contracts, Projects, Tasks, BillingCodes, TicketCategories,
            TicketNotes, SlaResults, ResourceRoleQueues, Roles, DeletedTicketLogs, DeletedTicketActivityLogs, DeletedTaskActivityLogs,
            TicketWebhooks, TicketWebhookFields, TicketWebhookExcludedResources, WebhookEventErrorLogs,
        ];
        Tables = all.ToDictionary(t => t.PathName, StringComparer.OrdinalIgnoreCase);
        // Webhook fields name ticket fields by an internal id; their labels are the REST field names.
        Picklists.Set(WebhookSchemas.FieldIdPicklist, Tickets.Schema.FieldList.Select((f, i) => (f, i))
            .Where(x => x.f.IsSupportedWebhookField || x.f.Name == "id")
            .Select(x => new PicklistValue(WebhookFieldIdBase + x.i, x.f.Name, SortOrder: x.i)));
    }

    /// <summary>Internal ids of ticket fields for webhook field subscriptions start here.</summary>
    public const int WebhookFieldIdBase = 1000;

    /// <summary>The tenant's local time zone: where its technicians and customers live.</summary>
    public TimeZoneInfo Zone { get; }

    public PicklistCatalog Picklists { get; } = new();

    public EntityTable<SimTicket> Tickets { get; }

    public EntityTable<SimTimeEntry> TimeEntries { get; }

    public EntityTable<SimResource> Resources { get; }

    public EntityTable<SimCompany> Companies { get; }

    public EntityTable<SimContact> Contacts { get; }

    public EntityTable<SimContract> Contracts { get; }

    public EntityTable<SimProject> Projects { get; }

    public EntityTable<SimTask> Tasks { get; }

    public EntityTable<SimBillingCode> BillingCodes { get; }

    public EntityTable<SimTicketCategory> TicketCategories { get; }

    public EntityTable<SimTicketNote> TicketNotes { get; }

    public EntityTable<SimSlaResult> SlaResults { get; }

    public EntityTable<SimResourceRoleQueue> ResourceRoleQueues { get; }

    public EntityTable<SimRole> Roles { get; }

    public EntityTable<SimDeletedTicketLog> DeletedTicketLogs { get; }

    public EntityTable<SimDeletedTicketActivityLog> DeletedTicketActivityLogs { get; }

    /// <summary>Deleted time and notes of project tasks.</summary>
    public EntityTable<SimDeletedTaskActivityLog> DeletedTaskActivityLogs { get; }

    public EntityTable<SimWebhook> TicketWebhooks { get; }

    public EntityTable<SimWebhookField> TicketWebhookFields { get; }

    public EntityTable<SimWebhookExcludedResource> TicketWebhookExcludedResources { get; }

    public EntityTable<SimWebhookErrorLog> WebhookEventErrorLogs { get; }

    /// <summary>The integration's own API-only resource: changes made through the API appear as made by it.</summary>
    public int ApiUserId => (int)(Resources.Snapshot().FirstOrDefault(r => r.ResourceType == "API")?.Id ?? 0);

    /// <summary>The tables by URL name, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, IEntityTable> Tables { get; }
}
