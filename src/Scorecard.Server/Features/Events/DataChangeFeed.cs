using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Events;

/// <summary>
/// Announces new data to every listener from one shared poll of the data version (never one poll
/// per client). It polls only while someone listens. Each instance polls the database, so a sync
/// run by another instance on the same database is announced too.
/// </summary>
public sealed class DataChangeFeed(IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock, IOptions<EventsOptions> options,
    ILogger<DataChangeFeed> logger) : BackgroundService
{
    readonly Lock gate = new();
    readonly List<Channel<DataEvent>> listeners = [];
    long? lastVersion;
    long polls;

    /// <summary>How many times the data version was read by the shared poll (for tests and diagnostics).</summary>
    public long Polls => Interlocked.Read(ref polls);

    public int Listeners
    {
        get
        {
            lock (gate)
            {
                return listeners.Count;
            }
        }
    }

    /// <summary>The events for one listener: the current version first, then each change and a heartbeat, until cancelled.</summary>
    public async IAsyncEnumerable<DataEvent> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<DataEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        var current = await ReadVersionAsync(ct);
        lock (gate)
        {
            lastVersion ??= current.Version;
            listeners.Add(channel);
        }

        try
        {
            yield return current with { Type = DataEvent.Hello };
            await foreach (var e in channel.Reader.ReadAllAsync(ct))
            {
                yield return e;
            }
        }
        finally
        {
            lock (gate)
            {
                listeners.Remove(channel);
                if (listeners.Count == 0)
                {
                    lastVersion = null; // nobody watched: the next listener sets a fresh baseline
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        var lastHeartbeat = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (Listeners == 0)
            {
                continue;
            }

            try
            {
                await PollAsync(stoppingToken);
                if (clock.GetUtcNow() - lastHeartbeat >= options.Value.HeartbeatInterval)
                {
                    lastHeartbeat = clock.GetUtcNow();
                    Broadcast(new DataEvent(DataEvent.Heartbeat, null, null));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read the data version for live updates; trying again in {Interval}", options.Value.PollInterval);
            }
        }
    }

    async Task PollAsync(CancellationToken ct)
    {
        var now = await ReadVersionAsync(ct);
        Interlocked.Increment(ref polls);
        bool changed;
        lock (gate)
        {
            changed = lastVersion is { } last && now.Version != last;
            lastVersion = now.Version;
        }

        if (changed)
        {
            Broadcast(now);
        }
    }

    void Broadcast(DataEvent e)
    {
        lock (gate)
        {
            foreach (var l in listeners)
            {
                l.Writer.TryWrite(e);
            }
        }
    }

    async Task<DataEvent> ReadVersionAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var v = await DataVersion.ReadAsync(db, ct);
        return new DataEvent(DataEvent.Changed, v.Version, v.ChangedUtc == DateTime.MinValue ? null : v.ChangedUtc);
    }
}

/// <summary>One server-sent event: <c>hello</c> (the version now), <c>data-changed</c>, or <c>heartbeat</c>.</summary>
public sealed record DataEvent(string Type, long? Version, DateTime? ChangedUtc)
{
    public const string Hello = "hello";
    public const string Changed = "data-changed";
    public const string Heartbeat = "heartbeat";
}

/// <summary>The <c>Scorecard:Events</c> section.</summary>
public sealed class EventsOptions
{
    public const string Section = "Scorecard:Events";

    /// <summary>How often the shared poll reads the data version while someone listens.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often listeners get a heartbeat, so proxies keep the connection open.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);
}
