using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Features.ScorecardDefinitions;

namespace Scorecard.Server.Reports;

/// <summary>
/// Keeps ready what people open first: at start-up and after every data change, each scorecard's 13-week grid
/// ending this week and this quarter's weeks so far are computed in the background, so the first viewer after a
/// restart (about a second on a million tickets) or after a sync (the changed weeks) is answered from memory.
/// It reads the data version every <see cref="ReportOptions.WarmEvery"/> (one single-row read) and does nothing
/// while it is unchanged; zero turns it off. It spends at most a tenth of the time computing (after a round that
/// took a second it waits nine), so a first sync, which changes the data all the time, is not slowed by it. A
/// failure is logged and tried again at the next change.
/// </summary>
public sealed class ReportWarmer(IDbContextFactory<ScorecardDbContext> dbFactory, ScorecardStore store, ReportService reports, TimeProvider clock,
    IOptions<ScorecardOptions> options, ILogger<ReportWarmer> logger) : BackgroundService
{
    public const int Weeks = 13;

    long warmedVersion = -1;
    TaskCompletionSource<long> nextRound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next check ends, with the data version warmed by then (for tests).</summary>
    public Task<long> NextRoundAsync() => nextRound.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.Reports.WarmEvery;
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var started = clock.GetTimestamp();
            try
            {
                await WarmAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Computing the scorecards ahead of viewers failed; they are computed when asked for");
            }

            Interlocked.Exchange(ref nextRound, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(warmedVersion);

            // At most a tenth of the time: during a first sync the data changes all the time and whole grids are cold.
            var spent = clock.GetElapsedTime(started);
            await Task.Delay(spent * 9 > every ? spent * 9 : every, clock, stoppingToken);
        }
    }

    async Task WarmAsync(CancellationToken ct)
    {
        long version;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            version = (await DataVersion.ReadAsync(db, ct)).Version;
        }

        if (version == warmedVersion)
        {
            return;
        }

        var calendar = reports.Calendar;
        var thisWeek = calendar.WeekContaining(clock.GetUtcNow());
        var quarter = calendar.QuarterContaining(thisWeek.Start);
        var quarterWeeks = calendar.QuarterWeeksBegun(quarter, clock.GetUtcNow().UtcDateTime);
        foreach (var card in await store.ListAsync(ct))
        {
            await reports.ReportAsync(card, calendar.WeeksEndingAt(thisWeek, Weeks), ct);
            await reports.ReportAsync(card, quarterWeeks, ct);
        }

        warmedVersion = version;
    }
}
