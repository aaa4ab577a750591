using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using Autotask.Simulator.Tenant.Schemas;

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
        IEntityTable[] all =
        [
            Tickets, TimeEntries, Resources, Companies, Contacts, Contracts, Projects, Tasks, BillingCodes, TicketCategories,
            TicketNotes, SlaResults, ResourceRoleQueues, DeletedTicketLogs, DeletedTicketActivityLogs,
        ];
        Tables = all.ToDictionary(t => t.PathName, StringComparer.OrdinalIgnoreCase);
    }

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

    public EntityTable<SimDeletedTicketLog> DeletedTicketLogs { get; }

    public EntityTable<SimDeletedTicketActivityLog> DeletedTicketActivityLogs { get; }

    /// <summary>The tables by URL name, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, IEntityTable> Tables { get; }
}
