using System.Buffers;
using System.Text.Json;
using Autotask.Client.Http;
using Autotask.Client.Json;
using Autotask.Client.Metadata;
using Autotask.Client.Querying;

namespace Autotask.Client.Webhooks;

/// <summary>Ticket webhooks: register one with its fields and excluded resources, read, list and delete them.</summary>
public sealed class TicketWebhooks
{
    const string Entity = "TicketWebhooks";
    readonly EntityClient<TicketWebhook> webhooks;
    readonly AutotaskConnection connection;
    readonly AutotaskMetadata metadata;

    internal TicketWebhooks(EntityClient<TicketWebhook> webhooks, AutotaskConnection connection, AutotaskMetadata metadata)
    {
        this.webhooks = webhooks;
        this.connection = connection;
        this.metadata = metadata;
    }

    /// <summary>
    /// Creates the webhook, subscribes its fields (a webhook with no subscribed field never becomes
    /// ready), excludes the given resources, and returns the webhook as Autotask then reports it.
    /// Writes are never retried; if a step fails the webhook may exist half set up: delete it and retry.
    /// </summary>
    public async Task<TicketWebhook> RegisterAsync(TicketWebhookRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.SubscribedFields.Count == 0)
        {
            throw new ArgumentException("Subscribe at least one field: Autotask never readies a webhook without one.", nameof(registration));
        }

        var fieldIds = await FieldIdsAsync(registration.SubscribedFields.Concat(registration.DisplayAlwaysFields), cancellationToken);
        var id = await CreateAsync(Entity, w =>
        {
            w.WriteString("name", registration.Name);
            w.WriteString("webhookUrl", registration.WebhookUrl.ToString());
            w.WriteString("deactivationUrl", registration.DeactivationUrl.ToString());
            w.WriteString("secretKey", registration.SecretKey);
            w.WriteBoolean("isActive", true);
            w.WriteBoolean("isSubscribedToCreateEvents", registration.OnCreate);
            w.WriteBoolean("isSubscribedToUpdateEvents", registration.OnUpdate);
            w.WriteBoolean("isSubscribedToDeleteEvents", registration.OnDelete);
            w.WriteBoolean("sendThresholdExceededNotification", false);
            if (registration.NotificationEmailAddress is { } mail)
            {
                w.WriteString("notificationEmailAddress", mail);
            }
        }, cancellationToken);

        foreach (var name in registration.SubscribedFields.Concat(registration.DisplayAlwaysFields).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var subscribed = registration.SubscribedFields.Contains(name, StringComparer.OrdinalIgnoreCase);
            var always = registration.DisplayAlwaysFields.Contains(name, StringComparer.OrdinalIgnoreCase);
            await CreateAsync($"{Entity}/{id}/Fields", w =>
            {
                w.WriteNumber("webhookID", id);
                w.WriteNumber("fieldID", fieldIds[name]);
                w.WriteBoolean("isSubscribedField", subscribed);
                w.WriteBoolean("isDisplayAlwaysField", always);
            }, cancellationToken);
        }

        foreach (var resource in registration.ExcludedResourceIds.Distinct())
        {
            await CreateAsync($"{Entity}/{id}/ExcludedResources", w =>
            {
                w.WriteNumber("webhookID", id);
                w.WriteNumber("resourceID", resource);
            }, cancellationToken);
        }

        return await GetAsync(id, cancellationToken)
            ?? throw new AutotaskApiException(System.Net.HttpStatusCode.OK, ["The new webhook could not be read back."], $"{Entity}/{id}");
    }

    /// <summary>The webhook with this id, or null.</summary>
    public Task<TicketWebhook?> GetAsync(long id, CancellationToken cancellationToken = default) => webhooks.GetAsync(id, cancellationToken);

    /// <summary>Every ticket webhook of the tenant (any owner), across as many pages as it takes.</summary>
    public async Task<IReadOnlyList<TicketWebhook>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<TicketWebhook>();
        await foreach (var hook in webhooks.QueryAsync(AutotaskFilter.All, null, cancellationToken))
        {
            all.Add(hook);
        }

        return all;
    }

    /// <summary>Deletes the webhook (Autotask then calls its deactivation URL).</summary>
    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        connection.SendAsync(root => new HttpRequestMessage(HttpMethod.Delete, new Uri(root, $"{Entity}/{id}")),
            AutotaskJsonContext.Default.ItemIdResponse, cancellationToken);

    /// <summary>
    /// Autotask's internal ids of ticket fields, by REST name: the <c>fieldID</c> picklist of
    /// <c>TicketWebhookFields</c> labels each id with its field name.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> FieldIdsAsync(IEnumerable<string> fieldNames, CancellationToken cancellationToken = default)
    {
        var picklist = await metadata.GetPicklistAsync("TicketWebhookFields", "fieldID", false, cancellationToken);
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in fieldNames)
        {
            ids[name] = picklist.ValuesLabelled(name).Cast<int?>().FirstOrDefault()
                ?? throw new ArgumentException($"Tickets has no webhook field named {name}.", nameof(fieldNames));
        }

        return ids;
    }

    async Task<long> CreateAsync(string path, Action<Utf8JsonWriter> fields, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }

        var result = await connection.PostAsync(path, buffer.WrittenSpan.ToArray(), AutotaskJsonContext.Default.ItemIdResponse, ct);
        return result.ItemId;
    }
}
