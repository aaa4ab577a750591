using Autotask.Client.Budget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Client.Tests;

/// <summary>The governor on its own, on a fake clock: every wait is observed, none is slept.</summary>
public sealed class BudgetTests
{
    readonly FakeTimeProvider clock = new(ClientFixture.Now);

    AutotaskBudget Budget(double share = 0.01, int pollEvery = 10_000)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAutotaskClient(o =>
        {
            o.UserName = "api@example.com";
            o.Secret = "fake-secret";
            o.IntegrationCode = "FAKE";
            o.BudgetShare = share; // 1 % of 10,000: 100 calls an hour
            o.ThresholdPollEveryRequests = pollEvery;
        });
        return services.BuildServiceProvider().GetRequiredService<AutotaskBudget>();
    }

    static ValueTask Call(AutotaskBudget b) => b.AcquireAsync("/ATServicesRest/V1.0/Tickets/query", CancellationToken.None);

    [Fact]
    public async Task Calls_go_straight_out_below_half_the_allowance()
    {
        var budget = Budget();
        for (var i = 0; i < 50; i++)
        {
            Assert.True(Call(budget).IsCompletedSuccessfully);
        }

        await Task.CompletedTask;
        Assert.Equal(50, budget.Usage.CallsLastHour);
        Assert.Equal(0, budget.Usage.DelayedCalls);
    }

    [Fact]
    public async Task From_half_the_allowance_calls_wait_on_the_clock_and_longer_from_three_quarters()
    {
        var budget = Budget();
        for (var i = 0; i < 50; i++)
        {
            await Call(budget);
        }

        var slowed = Call(budget).AsTask();
        Assert.False(slowed.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await slowed;

        for (var i = 0; i < 24; i++)
        {
            var c = Call(budget).AsTask();
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await c;
        }

        var slower = Call(budget).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.False(slower.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        await slower;
        Assert.Equal(26, budget.Usage.DelayedCalls);
    }

    [Fact]
    public async Task The_allowance_is_never_exceeded_and_frees_up_as_the_hour_rolls_on()
    {
        var budget = Budget(); // 1 % of the threshold, which a reading says is 1,000: 10 calls an hour
        budget.EndReading(1_000, 0, null); // the reading itself is the first call
        for (var i = 0; i < 9; i++)
        {
            var c = Call(budget).AsTask();
            clock.Advance(TimeSpan.FromSeconds(2));
            await c;
        }

        var refused = await Assert.ThrowsAsync<AutotaskBudgetExceededException>(() => Call(budget).AsTask());
        Assert.Equal(10, budget.Usage.CallsLastHour);
        Assert.Equal(10, budget.Usage.Allowance);
        Assert.Equal(1, budget.Usage.RefusedCalls);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));

        clock.Advance(refused.RetryAfter.Value);
        var later = Call(budget).AsTask();
        clock.Advance(TimeSpan.FromSeconds(2));
        await later;
    }

    [Fact]
    public void The_threshold_is_read_neither_at_start_nor_on_every_call_but_after_N_calls_or_the_interval()
    {
        var budget = Budget(pollEvery: 10);
        Assert.False(budget.TryBeginReading()); // no call yet: nothing to govern
        for (var i = 0; i < 9; i++)
        {
            _ = Call(budget);
            Assert.False(budget.TryBeginReading());
        }

        _ = Call(budget);
        Assert.True(budget.TryBeginReading());
        Assert.False(budget.TryBeginReading()); // one reader at a time
        budget.EndReading(10_000, 500, null);

        _ = Call(budget);
        Assert.False(budget.TryBeginReading());
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(budget.TryBeginReading());
    }

    [Fact]
    public async Task A_tenant_near_its_threshold_stops_the_client_before_the_threshold()
    {
        var budget = Budget(share: 0.5);
        budget.EndReading(10_000, 8_999, null);
        var slowed = Call(budget).AsTask(); // one call short of 90 %: pressure ≥ 0.75, so it waits 2 s
        clock.Advance(TimeSpan.FromSeconds(2));
        await slowed;

        var refused = await Assert.ThrowsAsync<AutotaskBudgetExceededException>(() => Call(budget).AsTask());

        Assert.Contains("9000 of its 10000", refused.Message, StringComparison.Ordinal);
        Assert.Equal(9000, budget.Usage.TenantUsageEstimate);
        Assert.False(budget.TryBeginReading()); // it probes again a minute later, not at once
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(budget.TryBeginReading());
        budget.EndReading(10_000, 2_000, null);
        await Call(budget);
    }

    [Fact]
    public async Task An_over_threshold_reading_blocks_calls_for_a_minute_then_probes_again()
    {
        var budget = Budget();
        budget.EndReading(null, null, TimeSpan.FromMinutes(40));

        await Assert.ThrowsAsync<AutotaskBudgetExceededException>(() => Call(budget).AsTask());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(budget.TryBeginReading());
    }
}
