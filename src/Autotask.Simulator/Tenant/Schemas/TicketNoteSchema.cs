using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>The TicketNotes entity (autotask-api.md §6.8); its stamp is <c>lastActivityDate</c>.</summary>
public static class TicketNoteSchema
{
    public static EntitySchema<SimTicketNote> Create() => new("TicketNotes", "TicketNote", n => n.Id,
    [
        Long<SimTicketNote>("id", n => n.Id) with { IsReadOnly = true, IsRequired = true },
        Reference<SimTicketNote>("createdByContactID", n => n.CreatedByContactId, "Contact") with { IsReadOnly = true },
        DateTime<SimTicketNote>("createDateTime", n => n.CreateDateTime) with { IsReadOnly = true },
        Reference<SimTicketNote>("creatorResourceID", n => n.CreatorResourceId, "Resource") with { IsReadOnly = true },
        String<SimTicketNote>("description", n => n.Description, 32000) with { IsRequired = true, IsSupportedWebhookField = true },
        Reference<SimTicketNote>("impersonatorCreatorResourceID", _ => null, "Resource") with { IsReadOnly = true },
        Reference<SimTicketNote>("impersonatorUpdaterResourceID", _ => null, "Resource") with { IsReadOnly = true },
        DateTime<SimTicketNote>("lastActivityDate", n => n.LastActivityDate) with { IsReadOnly = true },
        Picklist<SimTicketNote>("noteType", n => n.NoteType, Picklists.NoteType) with { IsRequired = true, IsSupportedWebhookField = true },
        Picklist<SimTicketNote>("publish", n => n.Publish, Picklists.Publish) with { IsRequired = true, IsSupportedWebhookField = true },
        Reference<SimTicketNote>("ticketID", n => n.TicketId, "Ticket") with { IsRequired = true, IsSupportedWebhookField = true },
        String<SimTicketNote>("title", n => n.Title, 250) with { IsSupportedWebhookField = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        SupportsWebhookCallouts = true,
    };
}
