using System.Security.Cryptography;
using Autotask.Client.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Autotask;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Steps;

namespace Scorecard.Server.Sync.Webhooks;

/// <summary>
/// Keeps one ticket webhook registered in Autotask for this server, checked when the server starts and every
/// <c>Scorecard:Sync:WebhookCheckEvery</c>: it must exist, be active and ready, and its key must be the one in
/// our database; otherwise ours are deleted and a new one registered with a fresh key. Runs under the sync
/// lock, so several instances never register at once. Where to: <c>Scorecard:PublicUrl</c>, or for the demo
/// tenant this server's own loopback address.
/// </summary>
sealed class WebhookRegistrationStep(SyncParts parts, AutotaskStatus status, IConfiguration configuration, IServer server,
    WebhookSecrets secrets, WebhookCheckMemo memo, ILogger<WebhookRegistrationStep> logger) : ISyncStep
{
    public const string Path = "api/autotask/webhooks/tickets";

    // What the scorecard needs to hear about, of what the tenant offers as webhook fields; ticketNumber, status and
    // queueID come with every event. Any event only makes us read the ticket, so more fields cost nothing but deliveries.
    static readonly string[] Wanted = ["status", "priority", "queueID", "companyID", "assignedResourceID", "assignedResourceRoleID", "title",
        "completedDate", "firstResponseDateTime", "dueDateTime", "ticketType", "source", "issueType", "subIssueType", "ticketCategory",
        "serviceLevelAgreementID", "contactID", "billingCodeID", "contractID"];

    static readonly string[] DisplayAlways = ["ticketNumber", "status", "queueID"];

    public string Entity => "TicketWebhook";

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        if (!parts.Options.Value.Sync.Webhooks || Receiver() is not { } receiver)
        {
            return;
        }

        await using var db = await parts.Storage.Databases.CreateDbContextAsync(cancellationToken);
        var state = await db.WebhookStates.SingleOrDefaultAsync(w => w.Id == WebhookStateRow.SingletonId, cancellationToken);
        var due = !memo.CheckedSinceStart || state?.LastCheckedUtc is not { } last || run.Started - last >= parts.Options.Value.Sync.WebhookCheckEvery
            || run.Cycle.Request.Names(Entity);
        if (!due)
        {
            return;
        }

        var ours = (await parts.Autotask.Webhooks.ListAsync(cancellationToken))
            .Where(h => Uri.TryCreate(h.WebhookUrl, UriKind.Absolute, out var u) && u == receiver).ToList();
        var keep = ours.FirstOrDefault(h => h.Id == state?.WebhookId && h.IsActive && h.IsReady && !string.IsNullOrEmpty(state?.SecretKey));
        foreach (var stale in ours.Where(h => h != keep))
        {
            // Ours but unusable: inactive, not ready, or signed with a key this database does not hold.
            await parts.Autotask.Webhooks.DeleteAsync(stale.Id, cancellationToken);
        }

        state ??= db.WebhookStates.Add(new WebhookStateRow()).Entity;
        if (keep is null)
        {
            var offered = await parts.Autotask.Metadata.GetPicklistAsync("TicketWebhookFields", "fieldID", refresh: false, cancellationToken);
            var subscribed = Wanted.Where(f => offered.ValuesLabelled(f).Any()).ToList();
            var key = RandomNumberGenerator.GetHexString(48, lowercase: true);
            var hook = await parts.Autotask.Webhooks.RegisterAsync(new TicketWebhookRegistration
            {
                Name = "Scorecard", WebhookUrl = receiver, DeactivationUrl = new Uri(receiver, "tickets/deactivated"), SecretKey = key,
                SubscribedFields = subscribed,
                DisplayAlwaysFields = DisplayAlways.Where(f => offered.ValuesLabelled(f).Any()).ToList(), OnCreate = true, OnUpdate = true, OnDelete = true,
            }, cancellationToken);
            state.WebhookId = hook.Id;
            state.WebhookGuid = hook.WebhookGUID;
            state.WebhookUrl = receiver.ToString();
            state.SecretKey = key;
            state.RegisteredUtc = run.Started;
            logger.LogInformation("Registered ticket webhook {WebhookId} for {Url}", hook.Id, receiver);
        }

        state.LastCheckedUtc = run.Started;
        await db.WebhookEvents.Where(e => e.ReceivedUtc < run.Started.AddDays(-7)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        secrets.Invalidate();
        memo.CheckedSinceStart = true;
    }

    /// <summary>The receiver's public address, or null when Autotask could not reach this server.</summary>
    Uri? Receiver()
    {
        var configured = configuration["Scorecard:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(new Uri(configured.TrimEnd('/') + "/"), Path);
        }

        if (status.Mode != AutotaskMode.Demo)
        {
            return null;
        }

        // The demo tenant runs on loopback beside us, so our own address will do; an in-memory test server has none.
        if (server.GetType().Name == "TestServer")
        {
            return null;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null ? null : new Uri(new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"), Path);
    }
}

/// <summary>Whether this process has checked its webhook yet (it always does once after start).</summary>
sealed class WebhookCheckMemo
{
    public bool CheckedSinceStart { get; set; }
}
