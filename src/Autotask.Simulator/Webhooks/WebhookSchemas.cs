using Autotask.Simulator.Schema;
using static Autotask.Simulator.Schema.Fields;

namespace Autotask.Simulator.Webhooks;

/// <summary>
/// TicketWebhooks and their child entities. The webhook field's <c>fieldID</c> is a picklist of the ticket fields
/// that support webhooks (value = internal id, label = REST field name): how clients find these ids is not
/// documented, and this is the shape n8n reads from the field metadata.
/// </summary>
public static class WebhookSchemas
{
    public const string FieldIdPicklist = "webhookFieldId";

    /// <param name="isReady">Ready once active with at least one subscribed field, as Autotask requires.</param>
    public static EntitySchema<SimWebhook> Webhooks(Func<SimWebhook, bool> isReady) => new("TicketWebhooks", "TicketWebhook", w => w.Id,
    [
        Long<SimWebhook>("id", w => w.Id) with { IsReadOnly = true },
        String<SimWebhook>("deactivationUrl", w => w.DeactivationUrl, 500) with { IsRequired = true },
        Bool<SimWebhook>("isActive", w => w.IsActive) with { IsRequired = true },
        Bool<SimWebhook>("isReady", w => isReady(w)) with { IsReadOnly = true },
        Bool<SimWebhook>("isSubscribedToCreateEvents", w => w.IsSubscribedToCreateEvents),
        Bool<SimWebhook>("isSubscribedToDeleteEvents", w => w.IsSubscribedToDeleteEvents),
        Bool<SimWebhook>("isSubscribedToUpdateEvents", w => w.IsSubscribedToUpdateEvents),
        String<SimWebhook>("name", w => w.Name, 50) with { IsRequired = true },
        String<SimWebhook>("notificationEmailAddress", w => w.NotificationEmailAddress, 150),
        Reference<SimWebhook>("ownerResourceID", w => w.OwnerResourceId, "Resource") with { IsReadOnly = true },
        // The secret is write-only: Autotask never echoes it back.
        String<SimWebhook>("secretKey", _ => null, 64),
        Bool<SimWebhook>("sendThresholdExceededNotification", w => w.SendThresholdExceededNotification),
        String<SimWebhook>("webhookGUID", w => w.WebhookGuid, 100) with { IsReadOnly = true },
        String<SimWebhook>("webhookUrl", w => w.WebhookUrl, 500) with { IsRequired = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        CanDelete = true,
    };

    public static EntitySchema<SimWebhookField> Fields() => new("TicketWebhookFields", "TicketWebhookField", f => f.Id,
    [
        Long<SimWebhookField>("id", f => f.Id) with { IsReadOnly = true },
        Picklist<SimWebhookField>("fieldID", f => f.FieldId, FieldIdPicklist) with { IsRequired = true },
        Bool<SimWebhookField>("isDisplayAlwaysField", f => f.IsDisplayAlwaysField),
        Bool<SimWebhookField>("isSubscribedField", f => f.IsSubscribedField),
        Reference<SimWebhookField>("webhookID", f => f.WebhookId, "TicketWebhook") with { IsRequired = true },
    ])
    {
        CanCreate = true,
        CanUpdate = true,
        CanDelete = true,
    };

    public static EntitySchema<SimWebhookExcludedResource> ExcludedResources() =>
        new("TicketWebhookExcludedResources", "TicketWebhookExcludedResource", e => e.Id,
    [
        Long<SimWebhookExcludedResource>("id", e => e.Id) with { IsReadOnly = true },
        Reference<SimWebhookExcludedResource>("resourceID", e => e.ResourceId, "Resource") with { IsRequired = true },
        Reference<SimWebhookExcludedResource>("webhookID", e => e.WebhookId, "TicketWebhook") with { IsRequired = true },
    ])
    {
        CanCreate = true,
        CanDelete = true,
    };

    public static EntitySchema<SimWebhookErrorLog> ErrorLogs() => new("WebhookEventErrorLogs", "WebhookEventErrorLog", e => e.Id,
    [
        Long<SimWebhookErrorLog>("id", e => e.Id) with { IsReadOnly = true },
        DateTime<SimWebhookErrorLog>("createDateTime", e => e.CreateDateTime),
        String<SimWebhookErrorLog>("errorMessage", e => e.ErrorMessage, 2000),
        String<SimWebhookErrorLog>("payload", e => e.Payload, 32000),
        Int<SimWebhookErrorLog>("sequenceNumber", e => e.SequenceNumber),
        Reference<SimWebhookErrorLog>("webhookID", e => e.WebhookId, "TicketWebhook"),
    ]);
}
