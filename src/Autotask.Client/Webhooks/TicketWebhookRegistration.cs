namespace Autotask.Client.Webhooks;

/// <summary>What to register with <see cref="TicketWebhooks.RegisterAsync"/>. <see cref="ToString"/> never shows the secret key.</summary>
public sealed record TicketWebhookRegistration
{
    /// <summary>Name (at most 50 characters).</summary>
    public required string Name { get; init; }
    /// <summary>Where Autotask posts events (HTTPS, port 443, for a real tenant).</summary>
    public required Uri WebhookUrl { get; init; }
    /// <summary>Where Autotask calls when the webhook is deactivated (required by Autotask).</summary>
    public required Uri DeactivationUrl { get; init; }
    /// <summary>The signing key (at most 64 characters): keep it as secret as the API secret.</summary>
    public required string SecretKey { get; init; }
    /// <summary>Fields whose change fires the webhook (REST names, e.g. <c>status</c>); at least one.</summary>
    public required IReadOnlyList<string> SubscribedFields { get; init; }
    /// <summary>Fields sent with every event, e.g. <c>ticketNumber</c>, <c>status</c>, <c>queueID</c>.</summary>
    public IReadOnlyList<string> DisplayAlwaysFields { get; init; } = [];
    /// <summary>Resources whose changes do not fire it: add the integration's own API user to avoid echo loops.</summary>
    public IReadOnlyList<int> ExcludedResourceIds { get; init; } = [];
    /// <summary>Fire on creates.</summary>
    public bool OnCreate { get; init; } = true;
    /// <summary>Fire on updates.</summary>
    public bool OnUpdate { get; init; } = true;
    /// <summary>Fire on deletes.</summary>
    public bool OnDelete { get; init; }
    /// <summary>Where delivery-failure mails go.</summary>
    public string? NotificationEmailAddress { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"TicketWebhookRegistration {{ Name = {Name}, WebhookUrl = {WebhookUrl}, SecretKey = (redacted) }}";
}
