using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Scorecard.Periods;
using Scorecard.Server.Exports;
using Scorecard.Server.Features.ScorecardDefinitions;

namespace Scorecard.Server.Email;

/// <summary>
/// Sends each scorecard with recipients its weekly e-mail at the set local day and time: the
/// grid of the weeks up to the last finished one. Waits on the injected clock, so tests move time.
/// </summary>
public sealed class WeeklyEmailService(IOptions<EmailOptions> options, ReportingCalendar calendar, TimeProvider clock, ScorecardStore store,
    ExportService exports, ILogger<WeeklyEmailService> logger) : BackgroundService
{
    TaskCompletionSource<int> nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the number of messages sent when the next scheduled run has finished.</summary>
    public Task<int> NextRunAsync => Volatile.Read(ref nextRun).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first target is fixed before anything awaits, so a clock moved right after start-up is seen.
        var target = NextSendUtc(clock.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = target - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
                continue;
            }

            var sent = 0;
            try
            {
                sent = await SendAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The weekly e-mail could not be sent");
            }

            Interlocked.Exchange(ref nextRun, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(sent);
            target = NextSendUtc(target.AddMinutes(1));
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

    /// <summary>Sends every scorecard that has recipients; returns how many messages went out.</summary>
    public async Task<int> SendAllAsync(CancellationToken ct)
    {
        var o = options.Value;
        var lastFinished = calendar.WeekContaining(clock.GetUtcNow().AddDays(-7));
        var sent = 0;
        foreach (var (slug, recipients) in o.Recipients.Where(r => r.Value.Count > 0))
        {
            if (await store.FindAsync(slug, ct) is not { } definition)
            {
                logger.LogWarning("Scorecard:Email:Recipients names '{Slug}', which is not a scorecard; skipped", slug);
                continue;
            }

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
            logger.LogInformation("Sent the weekly scorecard {Slug} to {Count} recipient(s)", slug, recipients.Count);
            sent++;
        }

        return sent;
    }
}
