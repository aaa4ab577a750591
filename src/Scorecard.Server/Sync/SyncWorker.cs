using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Sync;

/// <summary>Syncs at start-up, then every <see cref="SyncOptions.Interval"/> on the injected clock.</summary>
sealed class SyncWorker(SyncRunner runner, TimeProvider clock, IOptions<ScorecardOptions> options, ILogger<SyncWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Sync.Interval, clock);
        do
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sync cycle failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
