using Autotask.Client.Budget;
using Autotask.Client.Http;
using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>The thread limit and the hourly threshold, read from the simulator's own counters.</summary>
public sealed class LimitTests(FaultFixture fx) : IClassFixture<FaultFixture>
{
    static readonly TimeSpan MaxStep = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Many_parallel_queries_never_put_more_than_3_requests_in_flight_per_entity()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var expected = fx.Simulator.State.Tenant.Tickets.RowCount;

        var queries = Enumerable.Range(0, 8).Select(_ => client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { PageSize = 100 })
            .CountAsync(TestContext.Current.CancellationToken).AsTask()).ToList();
        var counts = await fx.Clock.RunAsync(Task.WhenAll(queries), MaxStep);

        Assert.All(counts, c => Assert.Equal(expected, c));
        Assert.InRange(services.GetRequiredService<EntityConcurrencyGate>().MaxInFlight["Tickets"], 2, 3);
        Assert.InRange(fx.Simulator.State.Requests.MaxInFlight("Tickets"), 1, 3);
        Assert.Equal(0, fx.Simulator.State.Requests.For("Tickets", 429));
    }

    [Fact]
    public async Task Thread_limit_errors_are_retried_with_back_off_and_absorbed()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var rule = fx.Simulator.State.Faults.ThreadLimitNext(3, "Tickets");

        var count = await fx.Clock.RunAsync(client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken), MaxStep);

        Assert.Equal(fx.Simulator.State.Tenant.Tickets.RowCount, count);
        Assert.Equal(3, rule.Hits);
        Assert.Equal(4, fx.Simulator.State.Requests.For("Tickets"));
        Assert.Equal(0, fx.Simulator.State.Requests.For("ThresholdInformation")); // a thread-limit 429 is not the hourly threshold
    }

    [Fact]
    public async Task The_governor_learns_the_threshold_and_stops_the_client_before_Autotask_would()
    {
        fx.Simulator.State.Budget.Clear();
        fx.Simulator.State.Budget.Threshold = 60;
        try
        {
            using var services = fx.Services(o => o.ThresholdPollEveryRequests = 10);
            var client = services.GetRequiredService<AutotaskClient>();
            var budget = services.GetRequiredService<AutotaskBudget>();

            var refused = await Assert.ThrowsAsync<AutotaskBudgetExceededException>(() => fx.Clock.RunAsync(CountForever(client), MaxStep));

            Assert.Equal(60, budget.Usage.Threshold);
            Assert.Equal(30, budget.Usage.Allowance);
            Assert.Equal(30, budget.Usage.CallsLastHour);
            Assert.True(budget.Usage.DelayedCalls > 0, "it should slow down before it stops");
            Assert.Equal(30, fx.Simulator.State.Budget.CurrentCount); // the reading counted; Autotask never had to refuse
            Assert.Equal(0, fx.Simulator.State.Requests.For("Tickets", 429));
            Assert.True(refused.RetryAfter > TimeSpan.FromMinutes(55));
        }
        finally
        {
            fx.Simulator.State.Budget.Threshold = 10_000;
            fx.Simulator.State.Budget.Clear();
        }
    }

    [Fact]
    public async Task After_a_threshold_429_the_next_call_probes_ThresholdInformation_instead_of_the_entity()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        fx.Simulator.State.Faults.ThrottleNext(1, "Tickets", TimeSpan.FromMinutes(30));
        fx.Simulator.State.Faults.ThrottleNext(1, "ThresholdInformation", TimeSpan.FromMinutes(30));

        await Assert.ThrowsAsync<AutotaskThrottledException>(() => client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AutotaskBudgetExceededException>(() => client.TimeEntries.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken));

        Assert.Equal(0, fx.Simulator.State.Requests.For("TimeEntries"));
        Assert.Equal(1, fx.Simulator.State.Requests.For("ThresholdInformation"));
    }

    static async Task<int> CountForever(AutotaskClient client)
    {
        var calls = 0;
        while (calls < 1000)
        {
            await client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken);
            calls++;
        }

        return calls;
    }
}
