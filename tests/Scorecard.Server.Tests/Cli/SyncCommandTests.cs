using System.Text.Json;
using Autotask.Simulator;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Cli;

/// <summary><c>sync</c>, <c>queues</c> and <c>doctor</c> against a simulated tenant, each as a real process.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    readonly CliRunner cli = new();
    SimulatorHost simulator = null!;

    public async ValueTask InitializeAsync()
    {
        // A small tenant: these tests are about the verbs, not volume (WholeSliceTests has the 100 days).
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = new FakeTimeProvider(TestTenant.Now), HistoryDays = 21, Seed = 2026, TimeZone = TestTenant.TimeZone });
        cli.UseTenant(simulator);
    }

    public async ValueTask DisposeAsync()
    {
        cli.Dispose();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task Sync_stores_the_tenant_and_queues_then_lists_every_queue_with_its_counts()
    {
        Assert.Equal(1, (await cli.RunAsync("queues")).ExitCode); // nothing synced yet: says so

        var sync = await cli.RunAsync("sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains("Tickets", sync.Stdout, StringComparison.Ordinal);
        Assert.Contains(simulator.State.Tenant.Tickets.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture), sync.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tickets history: complete back to ", sync.Stdout, StringComparison.Ordinal); // the history load's progress, per cycle
        Assert.Contains("TimeEntries history: complete back to ", sync.Stdout, StringComparison.Ordinal);

        var queues = await cli.RunAsync("queues", "--json");
        Assert.True(queues.ExitCode == 0, queues.ToString());
        var listed = JsonDocument.Parse(queues.Stdout).RootElement.EnumerateArray().ToList();
        var tickets = simulator.State.Tenant.Tickets.Snapshot();
        var roc = Assert.Single(listed, q => q.GetProperty("name").GetString() == "ROC");
        Assert.Equal(29683479, roc.GetProperty("id").GetInt32());
        Assert.Equal(tickets.Count(t => t.QueueId == 29683479), roc.GetProperty("tickets").GetInt32());
        Assert.Equal(tickets.Count(t => t.QueueId == 29683479 && t.CompletedDate is null), roc.GetProperty("open").GetInt32());
        Assert.Equal(tickets.Count(t => t.QueueId is not null), listed.Sum(q => q.GetProperty("tickets").GetInt32()));

        var table = await cli.RunAsync("queues");
        Assert.Contains("29683479", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("ROC", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_of_one_entity_with_full_reloads_only_that_entity()
    {
        Assert.Equal(0, (await cli.RunAsync("sync")).ExitCode);
        var requests = simulator.State.Requests;
        var ticketsBefore = requests.For("Tickets");
        var timeBefore = requests.For("TimeEntries");

        var full = await cli.RunAsync("sync", "--full", "--entity", "TimeEntries");

        Assert.True(full.ExitCode == 0, full.ToString());
        Assert.Contains(simulator.State.Tenant.TimeEntries.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture), full.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Tickets", full.Stdout, StringComparison.Ordinal);
        Assert.True(requests.For("TimeEntries") > timeBefore, "the time entries were read again");
        Assert.Equal(ticketsBefore, requests.For("Tickets"));
        Assert.Equal(3, (await cli.RunAsync("sync", "--entity", "Invoices")).ExitCode);
    }

    [Fact]
    public async Task Doctor_checks_the_tenant_and_exits_1_with_advice_when_credentials_are_wrong()
    {
        var missing = await cli.RunAsync("doctor", "--offline");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Run `scorecard migrate`", missing.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("migrate")).ExitCode);

        var healthy = await cli.RunAsync("doctor");
        Assert.True(healthy.ExitCode == 0, healthy.ToString());
        Assert.Contains("tickets visible", healthy.Stdout, StringComparison.Ordinal);
        Assert.Contains("non-billable", healthy.Stdout, StringComparison.Ordinal);
        Assert.Contains("No admin account yet", healthy.Stdout, StringComparison.Ordinal);

        cli.Set("AUTOTASK_SECRET", "not-the-secret");
        var broken = await cli.RunAsync("doctor");
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains("Cannot query", broken.Stdout, StringComparison.Ordinal);
        Assert.Contains("AUTOTASK_SECRET", broken.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", broken.Stdout + broken.Stderr, StringComparison.Ordinal);
    }
}
