using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Autotask.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using Scorecard.Server.Email;
using Scorecard.Server.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Scorecard.Server.Tests.Email;

/// <summary>The weekly e-mail, received by an SMTP server running in the test, at the set local time.</summary>
public sealed class WeeklyEmailTests : IAsyncLifetime
{
    readonly FakeTimeProvider clock = new(TestTenant.Now); // Wednesday 10:00 in New York
    readonly int port = LoopbackPort.Free();
    SimpleSmtpServer smtp = null!;
    SimulatorHost simulator = null!;
    ScorecardApp app = null!;

    public async ValueTask InitializeAsync()
    {
        smtp = SimpleSmtpServer.Start(port);
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 35, Seed = 2026, TimeZone = TestTenant.TimeZone });
        app = new ScorecardApp(simulator, clock, extra: EmailRig.Settings(port));
        var sync = await app.SyncAsync();
        Assert.True(sync.Succeeded);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await simulator.DisposeAsync();
        smtp.Dispose();
    }

    [Fact]
    public async Task At_the_set_local_time_each_recipient_gets_the_grid_with_goal_colours_and_the_pdf()
    {
        var service = app.Services.GetRequiredService<WeeklyEmailService>();
        var run = service.NextRunAsync;
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.False(run.IsCompleted);
        Assert.Equal(0, smtp.ReceivedEmailCount);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new WeeklyEmailRun(1, 0), await run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));

        var received = Assert.Single(smtp.ReceivedEmail);
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal(["lead@example.test", "owner@example.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("ROC: weekly scorecard, 2026-W47", message.Subject);

        using var http = app.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid?weeks=4&week=47&year=2026", TestContext.Current.CancellationToken);
        var opened = api.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "tickets_opened");
        var html = message.HtmlBody;
        Assert.Contains("2026-W44", html, StringComparison.Ordinal);
        Assert.Contains("2026-W47", html, StringComparison.Ordinal); // the last finished week: the e-mail goes out in week 48
        Assert.DoesNotContain("2026-W48", html, StringComparison.Ordinal);
        foreach (var cell in opened.GetProperty("cells").EnumerateArray())
        {
            Assert.Contains($">{cell.GetProperty("value").GetDouble().ToString("0.#", CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("background:#D9F2E0", html, StringComparison.Ordinal);

        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("roc-grid-2026-W44..2026-W47.pdf", attachment.FileName);
        using var pdfBytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdfBytes, TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(pdfBytes.ToArray());
        Assert.Contains("ROC: Grid", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_smtp_server_is_down_at_the_set_time_the_email_goes_out_once_it_is_back()
    {
        var ct = TestContext.Current.CancellationToken;
        var timeout = TimeSpan.FromSeconds(60);
        var service = app.Services.GetRequiredService<WeeklyEmailService>();
        smtp.Dispose();
        var run = service.NextRunAsync;
        var wait = service.NextWaitAsync;

        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(new WeeklyEmailRun(0, 1), await run.WaitAsync(timeout, ct));
        Assert.Equal(clock.GetUtcNow() + WeeklyEmailService.RetryEvery, await wait.WaitAsync(timeout, ct));

        smtp = SimpleSmtpServer.Start(port);
        var retry = service.NextRunAsync;
        clock.Advance(WeeklyEmailService.RetryEvery);
        Assert.Equal(new WeeklyEmailRun(1, 0), await retry.WaitAsync(timeout, ct));
        var received = Assert.Single(smtp.ReceivedEmail);
        Assert.Contains("ROC: weekly scorecard, 2026-W47", received.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_send_time_is_the_set_local_day_and_time_across_a_dst_change()
    {
        var service = app.Services.GetRequiredService<WeeklyEmailService>();

        // Wednesday 2026-10-28 is in daylight time (UTC-4); Wednesday 2026-11-04 in standard time (UTC-5).
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 14, 30, 0, TimeSpan.Zero), service.NextSendUtc(new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 15, 30, 0, TimeSpan.Zero), service.NextSendUtc(new DateTimeOffset(2026, 10, 28, 14, 31, 0, TimeSpan.Zero)));
    }
}
