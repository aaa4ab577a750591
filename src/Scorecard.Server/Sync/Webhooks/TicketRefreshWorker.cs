namespace Scorecard.Server.Sync.Webhooks;

/// <summary>
/// Refreshes the tickets webhooks named, one at a time. A refresh that fails is left to the polling
/// cycle, which converges on its own: webhooks only make the mirror fresher, never more correct.
/// </summary>
sealed class TicketRefreshWorker(TicketRefreshQueue queue, IServiceScopeFactory scopes, ILogger<TicketRefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var ticketId in queue.Reader.ReadAllAsync(stoppingToken))
            {
                queue.Taken(ticketId);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TicketRefresh>().RefreshAsync(ticketId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Refreshing ticket {TicketId} after a webhook failed; the next sync cycle will bring it", ticketId);
                }
                finally
                {
                    queue.Done();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
