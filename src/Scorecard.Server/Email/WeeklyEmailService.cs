using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Scorecard.Definitions;
using Scorecard.Periods;
using Scorecard.Server.Exports;
using Scorecard.Server.Features.ScorecardDefinitions;

namespace Scorecard.Server.Email;

/// <summary>
/// Sends each scorecard with recipients its weekly e-mail at the set local day and time: the
/// grid of the weeks up to the last finished one. Every instance may run it: the
/// <see cref="WeeklyEmailLedger"/> lets one send each scorecard's e-mail of a week. A send that
/// fails (the SMTP server down, say) is tried again every <see cref="RetryEvery"/> for up to
/// <see cref="RetryFor"/>, and a send time missed by less than that at start-up is caught up.
/// Waits on the injected clock, so tests move time.
/// </summary>
public sealed class WeeklyEmailService(IOptions<EmailOptions> options, ReportingCalendar calendar, TimeProvider clock, ScorecardStore store,
    ExportService exports, WeeklyEmailLedger ledger, ILogger<WeeklyEmailService> logger) : BackgroundService
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryFor = TimeSpan.FromHours(12);

    TaskCompletionSource<WeeklyEmailRun> nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
    TaskCompletionSource<DateTimeOffset> nextWait = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with what the next run (scheduled or retry) sent and failed to send.</summary>
    public Task<WeeklyEmailRun> NextRunAsync => Volatile.Read(ref nextRun).Task;

    /// <summary>Completes with the time of the next attempt once the service waits on the clock for it (so moving the clock then is seen).</summary>
    public Task<DateTimeOffset> NextWaitAsync => Volatile.Read(ref nextWait).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first target is fixed before anything awaits, so a clock moved right after start-up is seen.
        // A send time missed less than RetryFor ago (the server was down or restarting) is caught up at once;
        // the ledger keeps that from sending what another instance already sent.
        var now = clock.GetUtcNow();
        var missed = NextSendUtc(now.AddDays(-7));
        var scheduled = missed < now && now - missed <= RetryFor ? missed : NextSendUtc(now);
        var target = scheduled;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = target - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                var delay = Task.Delay(wait, clock, stoppingToken);
                Interlocked.Exchange(ref nextWait, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(target);
                await delay;
                continue;
            }

            var run = await SendAllAsync(scheduled, stoppingToken);
            var retry = clock.GetUtcNow() + RetryEvery;
            if (run.Failed > 0 && retry <= scheduled + RetryFor)
            {
                logger.LogWarning("{Failed} weekly e-mail(s) could not be sent; trying again at {Retry:u}", run.Failed, retry);
                target = retry;
            }
            else
            {
                scheduled = NextSendUtc(scheduled.AddMinutes(1));
                target = scheduled;
            }

            Interlocked.Exchange(ref nextRun, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(run);
        }
    }

    /// <summary>The next configured local day and time at or after <paramref name="after"/>, as UTC.</summary>
    public DateTimeOffset NextSendUtc(DateTimeOffset after)
    {
        var o = options.Value;
        var localDate = calendar.LocalDate(after.UtcDateTime);
        for (var d = 0; d <= 7; d++)
        {
            var date = localDate.AddDays(d);
            if (date.DayOfWeek != o.Day)
            {
                continue;
            }

            var local = date.ToDateTime(o.LocalTime);
            var utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, calendar.Zone));
            if (utc >= after)
            {
                return utc;
            }
        }

        return NextSendUtc(after.AddDays(1));
    }

    /// <summary>
    /// Sends every scorecard with recipients its e-mail for the week finished before <paramref name="scheduled"/>,
    /// unless it went out already (here or from another instance). One scorecard failing does not stop the others.
    /// </summary>
    public async Task<WeeklyEmailRun> SendAllAsync(DateTimeOffset scheduled, CancellationToken ct)
    {
        var o = options.Value;
        var lastFinished = calendar.WeekContaining(scheduled.AddDays(-7));
        var (sent, failed) = (0, 0);
        foreach (var (slug, recipients) in o.Recipients.Where(r => r.Value.Count > 0))
        {
            try
            {
                if (await store.FindAsync(slug, ct) is not { } definition)
                {
                    logger.LogWarning("Scorecard:Email:Recipients names '{Slug}', which is not a scorecard; skipped", slug);
                    continue;
                }

                if (!await ledger.TryClaimAsync(slug, lastFinished.Key, ct))
                {
                    logger.LogInformation("The weekly scorecard {Slug} for {Week} went out already (or is going out from another instance)", slug, lastFinished.Key);
                    continue;
                }

                try
                {
                    await SendAsync(definition, recipients, lastFinished, ct);
                }
                catch (Exception) when (!ct.IsCancellationRequested)
                {
                    await ledger.ReleaseAsync(slug, lastFinished.Key, CancellationToken.None);
                    throw;
                }

                await ledger.MarkSentAsync(slug, lastFinished.Key, ct);
                logger.LogInformation("Sent the weekly scorecard {Slug} for {Week} to {Count} recipient(s)", slug, lastFinished.Key, recipients.Count);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The weekly scorecard {Slug} for {Week} could not be sent", slug, lastFinished.Key);
                failed++;
            }
        }

        return new WeeklyEmailRun(sent, failed);
    }

    async Task SendAsync(ScorecardDefinition definition, List<string> recipients, Period lastFinished, CancellationToken ct)
    {
        var o = options.Value;
        var grid = await exports.GridAsync(definition, calendar.WeeksEndingAt(lastFinished, o.Weeks), ct);
        var pdf = ExportFormats.Write(grid, ExportFormat.Pdf, exports.FontFolder);
        var message = WeeklyEmail.Build($"{definition.Name}: weekly scorecard, {lastFinished.Key}", grid, pdf, ExportFormats.FileName(grid, ExportFormat.Pdf), o.From, recipients);
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.Smtp.Host, o.Smtp.Port, o.Smtp.Security, ct);
        if (!string.IsNullOrEmpty(o.Smtp.UserName))
        {
            await smtp.AuthenticateAsync(o.Smtp.UserName, o.Smtp.Password ?? "", ct);
        }

        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>What one run of the weekly e-mail did: messages sent, and scorecards whose message failed (tried again later).</summary>
public sealed record WeeklyEmailRun(int Sent, int Failed);
