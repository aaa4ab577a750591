using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Metadata;
using Autotask.Client.Models;

namespace Autotask.Client;

/// <summary>
/// The Autotask REST API for one tenant: a sub-client per entity and the tenant's metadata.
/// Get it from dependency injection after <see cref="AutotaskServiceCollectionExtensions.AddAutotaskClient"/>.
/// </summary>
public sealed class AutotaskClient
{
    /// <summary>Created by the HTTP client factory.</summary>
    public AutotaskClient(HttpClient http, AutotaskZoneResolver zones, AutotaskMetadataCache metadataCache, TimeProvider clock)
    {
        var connection = new AutotaskConnection(http, zones, clock);
        Tickets = new(connection, "Tickets", AutotaskJsonContext.Default.QueryPageTicket, AutotaskJsonContext.Default.ItemResponseTicket, t => t.Id);
        TimeEntries = new(connection, "TimeEntries", AutotaskJsonContext.Default.QueryPageTimeEntry, AutotaskJsonContext.Default.ItemResponseTimeEntry, t => t.Id);
        Resources = new(connection, "Resources", AutotaskJsonContext.Default.QueryPageResource, AutotaskJsonContext.Default.ItemResponseResource, r => r.Id);
        Companies = new(connection, "Companies", AutotaskJsonContext.Default.QueryPageCompany, AutotaskJsonContext.Default.ItemResponseCompany, c => c.Id);
        Metadata = new(connection, metadataCache);
    }

    /// <summary>Tickets.</summary>
    public EntityClient<Ticket> Tickets { get; }

    /// <summary>Time entries.</summary>
    public EntityClient<TimeEntry> TimeEntries { get; }

    /// <summary>Resources (technicians and API users).</summary>
    public EntityClient<Resource> Resources { get; }

    /// <summary>Companies.</summary>
    public EntityClient<Company> Companies { get; }

    /// <summary>Entity fields and picklists.</summary>
    public AutotaskMetadata Metadata { get; }
}
