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
        Tables = new Dictionary<string, IEntityTable>(StringComparer.OrdinalIgnoreCase)
        {
            [Tickets.PathName] = Tickets,
            [TimeEntries.PathName] = TimeEntries,
            [Resources.PathName] = Resources,
            [Companies.PathName] = Companies,
        };
    }

    /// <summary>The tenant's local time zone: where its technicians and customers live.</summary>
    public TimeZoneInfo Zone { get; }

    public PicklistCatalog Picklists { get; } = new();

    public EntityTable<SimTicket> Tickets { get; }

    public EntityTable<SimTimeEntry> TimeEntries { get; }

    public EntityTable<SimResource> Resources { get; }

    public EntityTable<SimCompany> Companies { get; }

    /// <summary>The tables by URL name, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, IEntityTable> Tables { get; }
}
