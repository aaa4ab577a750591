using System.Threading.Channels;
using Scorecard.Server.Caching;

namespace Scorecard.Server.Tests.Caching;

/// <summary>One read for concurrent callers, never one that began before a caller asked.</summary>
public sealed class SharedReadTests
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    /// <summary>Reads the test completes by hand; it awaits each read's start (a queued read starts on a continuation).</summary>
    sealed class ManualReads
    {
        readonly Channel<TaskCompletionSource<int>> started = Channel.CreateUnbounded<TaskCompletionSource<int>>();

        public Task<int> ReadAsync(CancellationToken ct)
        {
            var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            started.Writer.TryWrite(read);
            return read.Task;
        }

        public async Task<TaskCompletionSource<int>> NextAsync() => await started.Reader.ReadAsync(Ct);
    }

    [Fact]
    public async Task Callers_that_ask_together_share_one_read()
    {
        var reads = new ManualReads();
        var shared = new SharedRead<int>(reads.ReadAsync);

        var callers = Enumerable.Range(0, 20).Select(_ => shared.GetAsync(Ct)).ToList();
        (await reads.NextAsync()).SetResult(1);
        Assert.Equal(1, await callers[0]);

        // The first caller started a read; the other 19 asked while it ran, so they share the next one.
        (await reads.NextAsync()).SetResult(2);
        Assert.All(await Task.WhenAll(callers.Skip(1)), v => Assert.Equal(2, v));
        Assert.Equal(2, shared.Reads);
    }

    [Fact]
    public async Task A_caller_never_gets_a_read_that_began_before_it_asked()
    {
        var reads = new ManualReads();
        var shared = new SharedRead<int>(reads.ReadAsync);
        var early = shared.GetAsync(Ct);

        var late = shared.GetAsync(Ct); // the data may have changed since the first read began
        (await reads.NextAsync()).SetResult(1);

        Assert.Equal(1, await early);
        var second = await reads.NextAsync();
        Assert.False(late.IsCompleted);
        second.SetResult(2);
        Assert.Equal(2, await late);
    }

    [Fact]
    public async Task A_failed_read_fails_its_callers_and_the_next_caller_reads_again()
    {
        var calls = 0;
        var shared = new SharedRead<int>(_ => ++calls == 1 ? Task.FromException<int>(new InvalidOperationException("database down")) : Task.FromResult(7));

        await Assert.ThrowsAsync<InvalidOperationException>(() => shared.GetAsync(Ct));
        Assert.Equal(7, await shared.GetAsync(Ct));
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_read_others_wait_for()
    {
        var reads = new ManualReads();
        var shared = new SharedRead<int>(reads.ReadAsync);
        using var impatient = new CancellationTokenSource();

        var gaveUp = shared.GetAsync(impatient.Token);
        var patient = shared.GetAsync(Ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);

        (await reads.NextAsync()).SetResult(1);
        (await reads.NextAsync()).SetResult(2);
        Assert.Equal(2, await patient);
    }
}
