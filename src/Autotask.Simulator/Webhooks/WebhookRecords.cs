namespace Autotask.Simulator.Webhooks;

/// <summary>A ticket webhook (autotask-api.md §7.1). Only the simulator's own code writes <see cref="IsReady"/> and the GUID.</summary>
public sealed class SimWebhook
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string WebhookUrl { get; set; } = "";
    public string DeactivationUrl { get; set; } = "";
    public string? SecretKey { get; set; }
    public bool IsActive { get; set; }
    public bool IsSubscribedToCreateEvents { get; set; }
    public bool IsSubscribedToUpdateEvents { get; set; }
    public bool IsSubscribedToDeleteEvents { get; set; }
    public string? NotificationEmailAddress { get; set; }
    public int? OwnerResourceId { get; set; }
    public bool SendThresholdExceededNotification { get; set; }
    public string WebhookGuid { get; set; } = "";

    /// <summary>Failed events in a row; at 25 the webhook is deactivated.</summary>
    public int ConsecutiveFailures { get; set; }
}

/// <summary>A standard field a webhook subscribes to or always displays. <see cref="FieldId"/> is the field's internal id.</summary>
public sealed class SimWebhookField
{
    public long Id { get; set; }
    public long WebhookId { get; set; }
    public int FieldId { get; set; }
    public bool IsSubscribedField { get; set; }
    public bool IsDisplayAlwaysField { get; set; }
}

/// <summary>A resource whose changes do not fire the webhook (e.g. the integration's own API user).</summary>
public sealed class SimWebhookExcludedResource
{
    public long Id { get; set; }
    public long WebhookId { get; set; }
    public int ResourceId { get; set; }
}

/// <summary>An event dropped after its last delivery attempt (<c>WebhookEventErrorLogs</c>).</summary>
public sealed class SimWebhookErrorLog
{
    public long Id { get; set; }
    public long WebhookId { get; set; }
    public string EntityType { get; set; } = "";
    public long EntityId { get; set; }
    public string Action { get; set; } = "";
    public string ErrorMessage { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime CreateDateTime { get; set; }
    public int SequenceNumber { get; set; }
}
