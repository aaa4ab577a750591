using Autotask.Client.Webhooks;
using Autotask.Simulator.Tenant.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>A ticket webhook registered through the client, and the simulator's signed deliveries verified with it.</summary>
public sealed class WebhookTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    const string Key = "fake-webhook-signing-key";

    async Task<(TicketWebhook Hook, WebhookReceiverHost Receiver)> RegisterAsync(AutotaskClient client, string[] subscribed)
    {
        var receiver = await WebhookReceiverHost.StartAsync();
        try
        {
            var hook = await client.Webhooks.RegisterAsync(new TicketWebhookRegistration
            {
                Name = "Scorecard tests", WebhookUrl = receiver.Url, DeactivationUrl = new Uri(receiver.Url, "deactivated"),
                SecretKey = Key, SubscribedFields = subscribed, DisplayAlwaysFields = ["ticketNumber", "queueID"],
                ExcludedResourceIds = [29682886],
            }, TestContext.Current.CancellationToken);
            return (hook, receiver);
        }
        catch
        {
            await receiver.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task A_registered_webhook_is_ready_and_its_deliveries_verify_and_parse()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var (hook, receiver) = await RegisterAsync(client, ["status"]);
        await using var _ = receiver;
        var ticket = fx.Simulator.State.Tenant.Tickets.Snapshot().First(t => t.CompletedDate is null);

        fx.Simulator.State.Changes.UpdateTicket(ticket.Id, t => t.Status = 5, 29682885);
        var (body, signature) = await receiver.NextAsync();
        var payload = WebhookPayload.Parse(body);

        Assert.True(hook.IsActive && hook.IsReady);
        Assert.True(WebhookSignature.Verify(body, signature, Key));
        Assert.False(WebhookSignature.Verify(body, signature, "the-wrong-key"));
        Assert.Equal(WebhookAction.Update, payload.Action);
        Assert.Equal(hook.WebhookGUID, payload.Guid);
        Assert.Equal(ticket.Id, payload.Id);
        Assert.Equal(5, payload.FieldAsInt64("status"));
        Assert.Equal(ticket.TicketNumber, payload.FieldAsString("ticketNumber"));
        Assert.DoesNotContain(Key, hook.ToString(), StringComparison.Ordinal);
        await client.Webhooks.DeleteAsync(hook.Id, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_delivery_with_non_ASCII_text_verifies_over_its_raw_escaped_bytes()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var (hook, receiver) = await RegisterAsync(client, ["title"]);
        await using var _ = receiver;
        const string title = "Drucker brennt 🔥 & <Rauch> – café";

        fx.Simulator.State.Changes.CreateTicket(new SimTicket { Title = title, CompanyId = 0, Status = 1, Priority = 2, QueueId = 29683479 }, 29682885);
        var (body, signature) = await receiver.NextAsync();
        var tampered = body.ToArray();
        tampered[^2] ^= 1;

        Assert.True(body.All(b => b < 0x80), "Autotask escapes every non-ASCII character");
        Assert.True(WebhookSignature.Verify(body, signature, Key));
        Assert.False(WebhookSignature.Verify(tampered, signature, Key));
        Assert.Equal(title, WebhookPayload.Parse(body).FieldAsString("title"));
        await client.Webhooks.DeleteAsync(hook.Id, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Field_names_that_are_not_webhook_fields_are_refused_before_anything_is_created()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var before = (await client.Webhooks.ListAsync(TestContext.Current.CancellationToken)).Count;

        await Assert.ThrowsAsync<ArgumentException>(() => RegisterAsync(client, ["noSuchField"]));

        Assert.Equal(before, (await client.Webhooks.ListAsync(TestContext.Current.CancellationToken)).Count);
    }
}
