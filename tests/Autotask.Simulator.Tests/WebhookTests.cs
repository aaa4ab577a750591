using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Autotask.Simulator.Tests;

/// <summary>Ticket webhooks registered over the REST API and delivered as autotask-api.md §7 describes.</summary>
public sealed class WebhookTests : FreshSimulator
{
    const string Secret = "fake-webhook-key";

    [Fact]
    public async Task A_subscribed_change_arrives_as_a_signed_PascalCase_callout()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (hookId, guid) = await Register(receiver, subscribed: ["status"], always: ["ticketNumber", "queueID"]);
        var ticket = State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null && t.QueueId == 29683479);

        State.Changes.UpdateTicket(ticket.Id, t => t.Title += " (edited)", 29682885); // not subscribed: no callout
        State.Changes.UpdateTicket(ticket.Id, t => t.Status = 5, 29682885);
        await receiver.WhenReceived(1);

        var callout = Assert.Single(receiver.Received);
        var expected = "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Secret), callout.Body));
        Assert.Equal(expected, callout.Signature);
        var body = JsonDocument.Parse(callout.Body).RootElement;
        Assert.Equal(["Action", "Guid", "EntityType", "Id", "Fields", "EventTime", "SequenceNumber", "PersonID"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Update", body.GetProperty("Action").GetString());
        Assert.Equal(guid, body.GetProperty("Guid").GetString());
        Assert.Equal("Ticket", body.GetProperty("EntityType").GetString());
        Assert.Equal(ticket.Id, body.GetProperty("Id").GetInt64());
        Assert.Equal(5, body.GetProperty("Fields").GetProperty("status").GetInt32());
        Assert.Equal(ticket.TicketNumber, body.GetProperty("Fields").GetProperty("ticketNumber").GetString());
        Assert.Equal(29683479, body.GetProperty("Fields").GetProperty("queueID").GetInt32());
        Assert.False(body.GetProperty("Fields").TryGetProperty("title", out _));
        Assert.Equal(1, body.GetProperty("SequenceNumber").GetInt32());
        Assert.Equal(29682885, body.GetProperty("PersonID").GetInt32());
        Assert.EndsWith("Z", body.GetProperty("EventTime").GetString(), StringComparison.Ordinal);
        Assert.True(hookId > 0);
    }

    [Fact]
    public async Task Creates_fire_with_every_subscribed_field_and_excluded_resources_fire_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (hookId, _) = await Register(receiver, subscribed: ["status", "title"], always: []);
        var (status, _) = await Http.PostAsync($"TicketWebhooks/{hookId}/ExcludedResources", """{"resourceID":29682886}""");
        Assert.Equal(200, status);
        var open = State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null);

        State.Changes.UpdateTicket(open.Id, t => t.Status = 8, 29682886);
        var created = State.Changes.CreateTicket(new() { Title = "Printer on fire 🔥 & <smoke>", CompanyId = 0, Status = 1, Priority = 2, QueueId = 29683479 }, 29682885);
        await receiver.WhenReceived(1);

        var body = JsonDocument.Parse(Assert.Single(receiver.Received).Body).RootElement;
        Assert.Equal("Create", body.GetProperty("Action").GetString());
        Assert.Equal(created.Id, body.GetProperty("Id").GetInt64());
        Assert.Equal("Printer on fire 🔥 & <smoke>", body.GetProperty("Fields").GetProperty("title").GetString());
        Assert.Contains("\\u0026", Encoding.UTF8.GetString(receiver.Received[0].Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_every_30_seconds_then_the_event_goes_to_the_error_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await Register(receiver, subscribed: ["status"], always: []);
        receiver.AnswerNext(500, 500, 500, 500, 500);
        var open = State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null);

        State.Changes.UpdateTicket(open.Id, t => t.Status = 5, 29682885);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await State.Webhooks.Log.WhenAttempted(attempt);
            Clock.Advance(TimeSpan.FromSeconds(30));
        }

        await State.Webhooks.Log.WhenAttempted(5);
        var attempts = State.Webhooks.Log.Snapshot();
        Assert.Equal([1, 2, 3, 4, 5], attempts.Select(a => a.Attempt));
        Assert.All(attempts, a => Assert.Equal("HTTP 500", a.Error));
        Assert.Equal(TimeSpan.FromSeconds(120), attempts[^1].At - attempts[0].At);
        var (_, count) = await Http.PostAsync("WebhookEventErrorLogs/query/count", """{"filter":[]}""");
        Assert.Equal(1, count.GetProperty("queryCount").GetInt32());
    }

    [Fact]
    public async Task After_the_set_number_of_failed_events_the_webhook_is_deactivated_and_its_deactivation_URL_called()
    {
        State.Options.Behaviour.WebhookAttempts = 1;
        State.Options.Behaviour.WebhookDeactivateAfter = 2;
        await using var receiver = await WebhookReceiver.StartAsync();
        var (hookId, _) = await Register(receiver, subscribed: ["status"], always: []);
        receiver.AnswerNext(503, 503);
        var open = State.Tenant.Tickets.Snapshot().Where(t => t.CompletedDate is null).Take(2).ToList();

        State.Changes.UpdateTicket(open[0].Id, t => t.Status = 5, 29682885);
        State.Changes.UpdateTicket(open[1].Id, t => t.Status = 5, 29682885);
        await receiver.WhenReceived(3);

        Assert.Equal("/deactivate", receiver.Received[2].Path);
        Assert.Contains("\"Deactivated\"", Encoding.UTF8.GetString(receiver.Received[2].Body), StringComparison.Ordinal);
        using var get = await Http.GetAsync($"TicketWebhooks/{hookId}");
        var item = (await get.ReadAsync()).GetProperty("item");
        Assert.False(item.GetProperty("isActive").GetBoolean());
        Assert.False(item.GetProperty("isReady").GetBoolean());
    }

    async Task<(long Id, string Guid)> Register(WebhookReceiver receiver, string[] subscribed, string[] always)
    {
        var (status, created) = await Http.PostAsync("TicketWebhooks", $$"""
            {"name":"Scorecard","webhookUrl":"{{receiver.Url}}","deactivationUrl":"{{new Uri(receiver.Url, "/deactivate")}}",
             "secretKey":"{{Secret}}","isActive":true,"isSubscribedToCreateEvents":true,"isSubscribedToUpdateEvents":true,
             "isSubscribedToDeleteEvents":true,"sendThresholdExceededNotification":false}
            """);
        Assert.Equal(200, status);
        var id = created.GetProperty("itemId").GetInt64();
        using var meta = await Http.GetAsync("TicketWebhookFields/entityInformation/fields");
        var fieldIds = (await meta.ReadAsync()).GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "fieldID")
            .GetProperty("picklistValues").EnumerateArray().ToDictionary(v => v.GetProperty("label").GetString()!, v => v.GetProperty("value").GetString()!);
        foreach (var name in subscribed.Concat(always).Distinct())
        {
            (status, _) = await Http.PostAsync($"TicketWebhooks/{id}/Fields",
                $$"""{"fieldID":{{fieldIds[name]}},"isSubscribedField":{{(subscribed.Contains(name) ? "true" : "false")}},"isDisplayAlwaysField":{{(always.Contains(name) ? "true" : "false")}}}""");
            Assert.Equal(200, status);
        }

        using var get = await Http.GetAsync($"TicketWebhooks/{id}");
        var item = (await get.ReadAsync()).GetProperty("item");
        Assert.True(item.GetProperty("isReady").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("secretKey").ValueKind);
        return (id, item.GetProperty("webhookGUID").GetString()!);
    }

}
