using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Sync;

/// <summary>
/// Syncs at start-up, then every <see cref="SyncOptions.Interval"/> on the injected clock, or at once when
/// a sync is requested. While history remains to load, cycles follow each other directly: each spends at
/// most <see cref="SyncOptions.BackfillSlice"/> on history, so recent changes keep arriving meanwhile.
/// </summary>
sealed class SyncWorker(SyncRunner runner, SyncTrigger trigger, IOptions<ScorecardOptions> options, ILogger<SyncWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var request = SyncRequest.Scheduled;
        while (!stoppingToken.IsCancellationRequested)
        {
            SyncCycleResult? result = null;
            try
            {
                result = await runner.RunOnceAsync(request, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sync cycle failed");
            }

            try
            {
                request = result is { MoreHistory: true }
                    ? trigger.TryTake() ?? SyncRequest.Scheduled
                    : await trigger.WaitAsync(options.Value.Sync.Interval, stoppingToken) ?? SyncRequest.Scheduled;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
