namespace Autotask.Simulator.Live;

/// <summary>Ticks the live tenant every second of the simulator's clock (with a fake clock: as the test advances it).</summary>
sealed class LiveTenantService(SimulatorState state) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), state.Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                state.Live.CatchUp();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
