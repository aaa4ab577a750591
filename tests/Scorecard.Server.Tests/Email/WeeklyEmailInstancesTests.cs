using Autotask.Simulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;
using Scorecard.Server.Data;
using Scorecard.Server.Email;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Email;

/// <summary>Several instances on one database, each with the weekly e-mail on: every scorecard's e-mail of a week goes out once.</summary>
public sealed class WeeklyEmailInstancesTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_instances_waking_at_the_same_time_send_the_email_once(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(TestTenant.Now); // Wednesday 10:00; the e-mail is due at 10:30
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 35, Seed = 2026, TimeZone = TestTenant.TimeZone });
        var connectionString = await DatabaseAsync(provider);
        await using var first = new ScorecardApp(simulator, clock, connectionString, EmailRig.Settings(port));
        Assert.True((await first.SyncAsync()).Succeeded);
        await using var second = new ScorecardApp(simulator, clock, connectionString, EmailRig.Settings(port));
        var runs = new[] { first, second }.Select(app => app.Services.GetRequiredService<WeeklyEmailService>().NextRunAsync).ToList();

        clock.Advance(TimeSpan.FromMinutes(30));
        var results = await Task.WhenAll(runs).WaitAsync(TimeSpan.FromSeconds(60), ct);

        Assert.Equal([1, 0], results.Select(r => r.Sent).Order().Reverse());
        Assert.Equal([0, 0], results.Select(r => r.Failed));
        Assert.Single(smtp.ReceivedEmail);
        await using var db = first.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        var ledger = Assert.Single(await db.WeeklyEmailSends.ToListAsync(ct));
        Assert.Equal(("roc", "2026-W47"), (ledger.ScorecardSlug, ledger.WeekKey));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, ledger.SentUtc);
    }

    [Fact]
    public async Task A_server_started_after_the_send_time_sends_the_missed_email_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(TestTenant.Now); // Wednesday 10:00; the e-mail is due at 10:30
        var port = LoopbackPort.Free();
        using var smtp = SimpleSmtpServer.Start(port);
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        smtp.MessageReceived += (_, e) => received.TrySetResult(e.Message.Data);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 35, Seed = 2026, TimeZone = TestTenant.TimeZone });
        var connectionString = await DatabaseAsync("sqlite");
        var emailOff = EmailRig.Settings(port);
        emailOff["Scorecard:Email:Enabled"] = "false";
        await using (var before = new ScorecardApp(simulator, clock, connectionString, emailOff))
        {
            Assert.True((await before.SyncAsync()).Succeeded);
        }

        clock.Advance(TimeSpan.FromHours(3)); // down over the send time, back at 13:00
        await using var restarted = new ScorecardApp(simulator, clock, connectionString, EmailRig.Settings(port));
        _ = restarted.Services;

        Assert.Contains("ROC: weekly scorecard, 2026-W47", await received.Task.WaitAsync(TimeSpan.FromSeconds(60), ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_claim_left_by_an_instance_that_died_while_sending_expires_and_a_sent_email_stays_sent(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(TestTenant.Now);
        await using var app = new ScorecardApp(null, clock, await DatabaseAsync(provider), new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" });
        var ledger = app.Services.GetRequiredService<WeeklyEmailLedger>();

        Assert.True(await ledger.TryClaimAsync("roc", "2026-W47", ct));
        Assert.False(await ledger.TryClaimAsync("roc", "2026-W47", ct)); // another instance is sending
        Assert.True(await ledger.TryClaimAsync("service-desk", "2026-W47", ct)); // claims are per scorecard
        Assert.True(await ledger.TryClaimAsync("roc", "2026-W48", ct)); // and per week

        clock.Advance(WeeklyEmailLedger.ClaimExpiry + TimeSpan.FromMinutes(1));
        Assert.True(await ledger.TryClaimAsync("roc", "2026-W47", ct)); // the sender died: taken over
        await ledger.MarkSentAsync("roc", "2026-W47", ct);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await ledger.TryClaimAsync("roc", "2026-W47", ct)); // sent is sent

        await ledger.ReleaseAsync("service-desk", "2026-W47", ct); // a failed send gives its claim back
        Assert.True(await ledger.TryClaimAsync("service-desk", "2026-W47", ct));
    }

    async Task<string> DatabaseAsync(string provider) => provider == "postgres"
        ? await postgres.CreateDatabaseAsync()
        : $"Data Source={Path.Combine(Path.GetTempPath(), $"scorecard-test-{Guid.NewGuid():N}.db")}";
}
