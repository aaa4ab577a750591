using Autotask.Client;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Deletions;
using Scorecard.Server.Sync.Mapping;
using Scorecard.Server.Sync.Storage;

namespace Scorecard.Server.Sync.Webhooks;

/// <summary>
/// Refreshes one ticket after a webhook: one GET by id, then the same upsert path the cycles use (never
/// replacing a newer copy), or, when Autotask no longer has the ticket, the same removal the deletion
/// log uses. A failed read changes nothing.
/// </summary>
sealed class TicketRefresh(AutotaskClient autotask, SyncStorage storage, TimeProvider clock)
{
    public async Task RefreshAsync(long ticketId, CancellationToken ct)
    {
        var ticket = await autotask.Tickets.GetAsync(ticketId, ct);
        await using var write = await storage.BeginAsync(ct);
        if (ticket is null)
        {
            await TicketRemoval.RemoveAsync(write, [ticketId], ct);
        }
        else
        {
            await write.UpsertAsync([ticket.ToRow(clock.GetUtcNow().UtcDateTime)], ct, nameof(TicketRow.LastActivityDate));
        }

        await write.CommitAsync(ct);
    }
}
