using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Autotask.Simulator.Tenant;

namespace Autotask.Simulator.Webhooks;

/// <summary>
/// Delivers ticket events to the tenant's webhooks as Autotask does (autotask-api.md §7.4): one ordered queue
/// per webhook; each attempt times out after 10 s; a failure is retried every 30 s; after 5 attempts the
/// event is dropped into <c>WebhookEventErrorLogs</c>; after 25 failed events in a row the webhook is
/// deactivated and its deactivation URL called. All waits run on the simulator's clock.
/// </summary>
public sealed class WebhookDispatcher(Func<TenantData> tenant, SimulatorOptions options) : IAsyncDisposable
{
    readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = Timeout.InfiniteTimeSpan };
    readonly ConcurrentDictionary<long, Channel<Outgoing>> queues = new();
    readonly ConcurrentDictionary<long, int> sequences = new();
    readonly CancellationTokenSource stopping = new();
    readonly List<Task> loops = [];
    readonly WebhookLog log = new();

    /// <summary>Every delivery attempt so far, for tests and the control API.</summary>
    public WebhookLog Log => log;

    TimeProvider Clock => options.Clock;

    /// <summary>Queues the event for every active webhook that wants it.</summary>
    public void Publish(WebhookEvent e)
    {
        var t = tenant();
        foreach (var hook in t.TicketWebhooks.Snapshot().Where(h => h.IsActive && Wants(h, e.Action)))
        {
            if (e.PersonId is { } person && t.TicketWebhookExcludedResources.Snapshot().Any(x => x.WebhookId == hook.Id && x.ResourceId == person))
            {
                continue;
            }

            var fields = t.TicketWebhookFields.Snapshot().Where(f => f.WebhookId == hook.Id).ToList();
            var subscribed = Names(t, fields.Where(f => f.IsSubscribedField));
            var always = Names(t, fields.Where(f => f.IsDisplayAlwaysField));
            var changed = e.Action == WebhookEvent.Update ? subscribed.Where(e.Changed.Contains).ToList() : subscribed;
            if (e.Action == WebhookEvent.Update && changed.Count == 0)
            {
                continue; // only changes to subscribed fields fire an update
            }

            var sequence = sequences.AddOrUpdate(hook.Id, 1, (_, n) => n + 1);
            var body = WebhookPayload.Build(e, hook.WebhookGuid, sequence, changed.Union(always));
            Queue(hook.Id).Writer.TryWrite(new Outgoing(hook.Id, sequence, e, body));
        }
    }

    /// <summary>Tells the webhook's owner it is off: an unsigned <c>Deactivated</c> call to its deactivation URL.</summary>
    public async Task NotifyDeactivatedAsync(SimWebhook hook)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(
            $$"""{"Action":"Deactivated","Guid":"{{hook.WebhookGuid}}","EntityType":"Ticket","Id":{{hook.Id}}}""");
        await TryPostAsync(hook.DeactivationUrl, body, signature: null, stopping.Token);
    }

    static bool Wants(SimWebhook h, string action) => action switch
    {
        WebhookEvent.Create => h.IsSubscribedToCreateEvents,
        WebhookEvent.Update => h.IsSubscribedToUpdateEvents,
        _ => h.IsSubscribedToDeleteEvents,
    };

    static List<string> Names(TenantData t, IEnumerable<SimWebhookField> fields) =>
        fields.Select(f => t.Picklists.Label(WebhookSchemas.FieldIdPicklist, f.FieldId)).OfType<string>().ToList();

    Channel<Outgoing> Queue(long webhookId) => queues.GetOrAdd(webhookId, id =>
    {
        var channel = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
        lock (loops)
        {
            loops.Add(Task.Run(() => DeliverAllAsync(id, channel.Reader)));
        }

        return channel;
    });

    async Task DeliverAllAsync(long webhookId, ChannelReader<Outgoing> reader)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(stopping.Token))
            {
                await DeliverAsync(item, stopping.Token);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    async Task DeliverAsync(Outgoing item, CancellationToken ct)
    {
        var b = options.Behaviour;
        for (var attempt = 1; attempt <= b.WebhookAttempts; attempt++)
        {
            if (tenant().TicketWebhooks.Find(item.WebhookId) is not { IsActive: true } hook)
            {
                return; // deactivated or deleted while queued
            }

            var signature = string.IsNullOrEmpty(hook.SecretKey) ? null : WebhookPayload.Signature(hook.SecretKey, item.Body);
            var error = await TryPostAsync(hook.WebhookUrl, item.Body, signature, ct);

            // The retry timer is armed before the attempt is logged, so a test that waits for the log and then
            // advances a fake clock always releases it.
            var last = attempt == b.WebhookAttempts;
            var wait = error is not null && !last ? Task.Delay(b.WebhookRetryInterval, Clock, ct) : Task.CompletedTask;
            if (error is not null && last)
            {
                await FailAsync(item, error);
            }

            log.Add(new WebhookAttempt(item.WebhookId, item.Sequence, attempt, item.Event.Action, item.Event.Id, error, Clock.GetUtcNow().UtcDateTime));
            if (error is null)
            {
                tenant().TicketWebhooks.Mutate(_ => hook.ConsecutiveFailures = 0);
                return;
            }

            await wait;
        }
    }

    async Task FailAsync(Outgoing item, string error)
    {
        var t = tenant();
        t.WebhookEventErrorLogs.Mutate(rows =>
        {
            rows.Add(new SimWebhookErrorLog
            {
                Id = rows.Count == 0 ? 1 : rows[^1].Id + 1, WebhookId = item.WebhookId, EntityType = item.Event.EntityType,
                EntityId = item.Event.Id, Action = item.Event.Action, ErrorMessage = error, SequenceNumber = item.Sequence,
                Payload = System.Text.Encoding.UTF8.GetString(item.Body), CreateDateTime = Clock.GetUtcNow().UtcDateTime,
            });
            return 0;
        });
        if (t.TicketWebhooks.Find(item.WebhookId) is not { } hook)
        {
            return;
        }

        var deactivate = t.TicketWebhooks.Mutate(_ =>
        {
            hook.ConsecutiveFailures++;
            if (hook.ConsecutiveFailures < options.Behaviour.WebhookDeactivateAfter || !hook.IsActive)
            {
                return false;
            }

            hook.IsActive = false;
            return true;
        });
        if (deactivate)
        {
            await NotifyDeactivatedAsync(hook);
        }
    }

    /// <summary>Posts the exact bytes; null when a 2xx came back within the attempt timeout, else what went wrong.</summary>
    async Task<string?> TryPostAsync(string url, byte[] body, string? signature, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.Behaviour.WebhookAttemptTimeout, Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (signature is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Hook-Signature", signature);
            }

            using var response = await http.SendAsync(request, linked.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return "timed out";
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or UriFormatException)
        {
            return ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Task[] running;
        lock (loops)
        {
            running = [.. loops];
        }

        await Task.WhenAll(running);
        http.Dispose();
        stopping.Dispose();
    }

    sealed record Outgoing(long WebhookId, int Sequence, WebhookEvent Event, byte[] Body);
}
