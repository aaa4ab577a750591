using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Autotask.Client.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Webhooks;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Webhooks;

/// <summary>
/// Ticket webhooks against the simulator, over real loopback HTTP: registration, a change reaching the API
/// within seconds for one Autotask call, and deliveries that arrive twice, out of order or forged.
/// </summary>
public sealed class WebhookTests : IAsyncLifetime
{
    static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    readonly TestTenant tenant = new();
    ScorecardApp app = null!;
    HttpClient http = null!;
    HttpClient api = null!;

    public async ValueTask InitializeAsync()
    {
        await tenant.InitializeAsync();
        app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        var url = app.StartOnLoopback();
        http = new HttpClient { BaseAddress = url };
        // Reads of the API need the test's admin key; webhook deliveries go out without it, as Autotask sends them.
        api = new HttpClient { BaseAddress = url };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScorecardApp.TestApiKey);
        app.Services.GetRequiredService<IConfiguration>()["Scorecard:PublicUrl"] = url.ToString();
        Assert.True((await app.SyncAsync()).Succeeded); // the first cycle registers the webhook after loading
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        api.Dispose();
        await app.DisposeAsync();
        await tenant.DisposeAsync();
    }

    TicketRefreshQueue Refreshes => app.Services.GetRequiredService<TicketRefreshQueue>();

    ScorecardDbContext Db() => app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();

    [Fact]
    public async Task The_server_registers_one_ready_webhook_and_keeps_its_key_in_the_database_only()
    {
        var hooks = tenant.Simulator.State.Tenant.TicketWebhooks.Snapshot();
        var hook = Assert.Single(hooks);
        await using var db = Db();
        var state = await db.WebhookStates.SingleAsync(TestContext.Current.CancellationToken);

        Assert.True(hook.IsActive);
        Assert.Equal(new Uri(http.BaseAddress!, "api/autotask/webhooks/tickets").ToString(), hook.WebhookUrl);
        Assert.Equal(hook.SecretKey, state.SecretKey);
        Assert.Equal(hook.Id, state.WebhookId);
        var status = await api.GetStringAsync("/api/v1/sync", TestContext.Current.CancellationToken);
        Assert.Contains("\"webhook\"", status, StringComparison.Ordinal);
        Assert.DoesNotContain(state.SecretKey!, status, StringComparison.Ordinal);

        // A restart re-checks it and keeps it: nothing new is registered.
        app.Services.GetRequiredService<WebhookCheckMemo>().CheckedSinceStart = false;
        await app.SyncAsync();
        Assert.Equal(hook.Id, Assert.Single(tenant.Simulator.State.Tenant.TicketWebhooks.Snapshot()).Id);
    }

    [Fact]
    public async Task A_ticket_closed_in_Autotask_is_closed_on_the_API_within_seconds_for_one_call()
    {
        var ticket = tenant.Simulator.State.Tenant.Tickets.Snapshot().Last(t => t.CompletedDate is null && t.QueueId == 29683479);
        var before = await ClosedThisWeekAsync();
        var ticketCalls = tenant.Simulator.State.Requests.For("Tickets");

        tenant.Simulator.State.Changes.UpdateTicket(ticket.Id, t => t.Status = 5, 29682885);
        await Refreshes.WhenFinished(1).WaitAsync(Within, TestContext.Current.CancellationToken);

        Assert.Equal(before + 1, await ClosedThisWeekAsync());
        Assert.Equal(ticketCalls + 1, tenant.Simulator.State.Requests.For("Tickets"));
    }

    [Fact]
    public async Task Deliveries_twice_out_of_order_or_forged_leave_the_mirror_exact()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = tenant.Simulator.State.Tenant;
        var victim = data.Tickets.Snapshot().Last(t => t.CompletedDate is null);
        var edited = data.Tickets.Snapshot().First(t => t.CompletedDate is null && t.Id != victim.Id);

        tenant.Simulator.State.Changes.UpdateTicket(edited.Id, t => t.Priority = 1, 29682885);
        tenant.Simulator.State.Changes.DeleteTicket(victim.Id, 29682885);
        await tenant.Simulator.State.Webhooks.Log.WhenAttempted(2).WaitAsync(Within, ct);
        await Refreshes.WhenFinished(2).WaitAsync(Within, ct);

        // Autotask sends the update again, and late: after the delete of another ticket.
        var key = (await Db().WebhookStates.SingleAsync(ct)).SecretKey!;
        var update = Body("Update", edited.Id, sequence: 1);
        Assert.Equal("duplicate", await PostAsync(update, WebhookPayloadSignature(update, key)));
        var lateUpdateOfDeleted = Body("Update", victim.Id, sequence: 0);
        Assert.Equal("accepted", await PostAsync(lateUpdateOfDeleted, WebhookPayloadSignature(lateUpdateOfDeleted, key)));
        // A forgery: a valid-looking body signed with another key changes nothing and is refused.
        var forged = Body("Delete", edited.Id, sequence: 99);
        using var refused = await SendAsync(forged, WebhookPayloadSignature(forged, "not-the-key"));
        await Refreshes.WhenFinished(3).WaitAsync(Within, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        await using var db = Db();
        Assert.False(await db.Tickets.AnyAsync(t => t.Id == victim.Id, ct));
        Assert.Equal(1, (await db.Tickets.SingleAsync(t => t.Id == edited.Id, ct)).Priority);
        Assert.Equal(1, (await db.WebhookStates.SingleAsync(ct)).Rejected);
        Assert.Empty(await MirrorDiff.CompareAsync(data, db, ct));
    }

    async Task<int> ClosedThisWeekAsync()
    {
        var body = await api.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?queue=ROC", TestContext.Current.CancellationToken);
        return body.GetProperty("metrics").GetProperty("tickets_closed").GetInt32();
    }

    byte[] Body(string action, long id, int sequence)
    {
        var guid = tenant.Simulator.State.Tenant.TicketWebhooks.Snapshot()[0].WebhookGuid;
        return Encoding.UTF8.GetBytes($$"""{"Action":"{{action}}","Guid":"{{guid}}","EntityType":"Ticket","Id":{{id}},"Fields":{},"EventTime":"2026-11-25T15:00:00Z","SequenceNumber":{{sequence}},"PersonID":29682885}""");
    }

    static string WebhookPayloadSignature(byte[] body, string key) => WebhookSignature.Compute(body, key);

    async Task<string> PostAsync(byte[] body, string signature)
    {
        using var response = await SendAsync(body, signature);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("outcome").GetString()!;
    }

    async Task<HttpResponseMessage> SendAsync(byte[] body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/autotask/webhooks/tickets") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
