namespace Scorecard.Server.Sync.Locking;

/// <summary>Only one sync at a time across every instance that shares the database.</summary>
interface ISyncLock
{
    /// <summary>The lock, held until disposed; null when another instance holds it (this one serves and tries again later).</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken ct);
}

/// <summary>SQLite: one process owns the file, and <see cref="SyncRunner"/> already runs one cycle at a time.</summary>
sealed class ProcessSyncLock : ISyncLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(Held.Instance);

    sealed class Held : IAsyncDisposable
    {
        public static readonly Held Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
