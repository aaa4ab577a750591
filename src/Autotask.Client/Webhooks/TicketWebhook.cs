using Autotask.Client.Models;

namespace Autotask.Client.Webhooks;

/// <summary>A ticket webhook (entity <c>TicketWebhooks</c>). <see cref="ToString"/> never shows the secret key.</summary>
public sealed record TicketWebhook : IAutotaskEntity
{
    /// <summary>The webhook id.</summary>
    public long Id { get; init; }
    /// <summary>Name (at most 50 characters).</summary>
    public string? Name { get; init; }
    /// <summary>Where Autotask posts events.</summary>
    public string? WebhookUrl { get; init; }
    /// <summary>Where Autotask calls when the webhook is deactivated or deleted (required).</summary>
    public string? DeactivationUrl { get; init; }
    /// <summary>The key deliveries are signed with (at most 64 characters). Treat as a secret.</summary>
    public string? SecretKey { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>Ready to deliver (read-only): needs at least one subscribed field.</summary>
    public bool IsReady { get; init; }
    /// <summary>Fires on creates.</summary>
    public bool IsSubscribedToCreateEvents { get; init; }
    /// <summary>Fires on updates.</summary>
    public bool IsSubscribedToUpdateEvents { get; init; }
    /// <summary>Fires on deletes.</summary>
    public bool IsSubscribedToDeleteEvents { get; init; }
    /// <summary>Where delivery-failure mails go.</summary>
    public string? NotificationEmailAddress { get; init; }
    /// <summary>The owner (read-only).</summary>
    public int? OwnerResourceID { get; init; }
    /// <summary>Mail when deliveries are delayed by thresholds.</summary>
    public bool? SendThresholdExceededNotification { get; init; }
    /// <summary>The webhook's GUID (read-only); payloads carry it as <c>Guid</c>.</summary>
    public string? WebhookGUID { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"TicketWebhook {{ Id = {Id}, Name = {Name}, WebhookUrl = {WebhookUrl}, IsActive = {IsActive}, IsReady = {IsReady}, SecretKey = (redacted) }}";
}

/// <summary>A field a ticket webhook reports (<c>TicketWebhooks/{id}/Fields</c>).</summary>
public sealed record TicketWebhookField : IAutotaskEntity
{
    /// <summary>The record id.</summary>
    public long Id { get; init; }
    /// <summary>The webhook.</summary>
    public long WebhookID { get; init; }
    /// <summary>Autotask's internal id of the ticket field.</summary>
    public int FieldID { get; init; }
    /// <summary>A change of this field fires the webhook.</summary>
    public bool IsSubscribedField { get; init; }
    /// <summary>The field is sent with every event.</summary>
    public bool IsDisplayAlwaysField { get; init; }
}

/// <summary>A resource whose changes do not fire the webhook (<c>TicketWebhooks/{id}/ExcludedResources</c>).</summary>
public sealed record TicketWebhookExcludedResource : IAutotaskEntity
{
    /// <summary>The record id.</summary>
    public long Id { get; init; }
    /// <summary>The webhook.</summary>
    public long WebhookID { get; init; }
    /// <summary>The excluded resource, typically the integration's own API user (no echo loops).</summary>
    public int ResourceID { get; init; }
}
