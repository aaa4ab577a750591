using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Tests.Reports;

public sealed class ReportCacheTests
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    sealed record Value(string Name);

    [Fact]
    public async Task Concurrent_requests_for_the_same_report_compute_it_once()
    {
        var cache = new ReportCache(TimeSpan.Zero, new FakeTimeProvider());
        var gate = new TaskCompletionSource<Value>();
        var computed = 0;
        Task<Value> Compute()
        {
            Interlocked.Increment(ref computed);
            return gate.Task;
        }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetOrCreateAsync("grid", 1, Compute, Ct)).ToList();
        gate.SetResult(new Value("v1"));
        var results = await Task.WhenAll(waiting);

        Assert.Equal(1, computed);
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Equal(20, results.Length);
    }

    [Fact]
    public async Task After_a_data_change_a_slow_report_is_answered_with_the_previous_version_until_it_is_ready()
    {
        var clock = new FakeTimeProvider();
        var cache = new ReportCache(TimeSpan.FromMilliseconds(250), clock);
        var v1 = await cache.GetOrCreateAsync("grid", 1, () => Task.FromResult(new Value("v1")), Ct);
        var slow = new TaskCompletionSource<Value>();

        var during = cache.GetOrCreateAsync("grid", 2, () => slow.Task, Ct);
        Assert.False(during.IsCompleted);          // waits for the fresh report first …
        clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Same(v1, await during);             // … then answers with version 1, which says it is version 1

        slow.SetResult(new Value("v2"));
        Assert.Equal("v2", (await cache.GetOrCreateAsync("grid", 2, () => Task.FromResult(new Value("unused")), Ct)).Name);
    }

    [Fact]
    public async Task An_export_waits_for_the_fresh_report_where_a_view_gets_the_previous_one()
    {
        var clock = new FakeTimeProvider();
        var cache = new ReportCache(TimeSpan.FromMilliseconds(25), clock);
        var v1 = await cache.GetOrCreateAsync("grid", 1, () => Task.FromResult(new Value("v1")), Ct);
        var slow = new TaskCompletionSource<Value>();

        var view = cache.GetOrCreateAsync("grid", 2, () => slow.Task, Ct);
        var export = cache.GetOrCreateAsync("grid", 2, () => Task.FromResult(new Value("unused")), Ct, waitForFresh: true);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Same(v1, await view);
        Assert.False(export.IsCompleted);          // still waiting for version 2, long after the view's wait ended

        slow.SetResult(new Value("v2"));
        Assert.Equal("v2", (await export).Name);
    }

    [Fact]
    public async Task While_one_computation_runs_newer_data_versions_join_it_instead_of_starting_their_own()
    {
        var cache = new ReportCache(TimeSpan.Zero, new FakeTimeProvider());
        var slow = new TaskCompletionSource<Value>();
        var computed = 0;
        var first = cache.GetOrCreateAsync("grid", 1, () => { computed++; return slow.Task; }, Ct);
        var second = cache.GetOrCreateAsync("grid", 2, () => { computed++; return Task.FromResult(new Value("v2")); }, Ct);
        slow.SetResult(new Value("v1"));

        Assert.Same(await first, await second);
        Assert.Equal(1, computed);
        Assert.Equal("v2", (await cache.GetOrCreateAsync("grid", 2, () => Task.FromResult(new Value("v2")), Ct)).Name); // the next request computes version 2
    }

    [Fact]
    public async Task Without_a_wait_the_fresh_report_is_always_awaited()
    {
        var cache = new ReportCache(TimeSpan.Zero, new FakeTimeProvider());
        await cache.GetOrCreateAsync("grid", 1, () => Task.FromResult(new Value("v1")), Ct);
        var slow = new TaskCompletionSource<Value>();
        var during = cache.GetOrCreateAsync("grid", 2, () => slow.Task, Ct);
        slow.SetResult(new Value("v2"));
        Assert.Equal("v2", (await during).Name);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        var cache = new ReportCache(TimeSpan.Zero, new FakeTimeProvider());
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrCreateAsync<Value>("grid", 1, () => throw new InvalidOperationException("database gone"), Ct));
        Assert.Equal("v1", (await cache.GetOrCreateAsync("grid", 1, () => Task.FromResult(new Value("v1")), Ct)).Name);
    }
}
