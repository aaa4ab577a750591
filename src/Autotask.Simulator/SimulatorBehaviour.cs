using Autotask.Simulator.Limits;

namespace Autotask.Simulator;

/// <summary>
/// Where Autotask's real behaviour is uncertain (autotask-api.md "Uncertain"), the documented
/// reading is the default and the alternative is a setting here.
/// </summary>
public sealed class SimulatorBehaviour
{
    /// <summary>Operator names are matched ignoring case by default (one client sends <c>beginswith</c>).</summary>
    public bool OperatorNamesCaseSensitive { get; set; }

    /// <summary>GET {Entity}/{id} for a missing id: 200 with <c>{"item":null}</c> by default, or 404.</summary>
    public bool NotFoundForMissingId { get; set; }

    /// <summary>Send <c>Retry-After</c> with 429 responses of the hourly threshold.</summary>
    public bool SendRetryAfter { get; set; } = true;

    /// <summary>The status of a call over the hourly threshold: 429 by default (seen), settable because it is not documented.</summary>
    public int ThresholdExceededStatus { get; set; } = 429;

    /// <summary>Concurrent requests allowed per integration code and entity endpoint (3 for integrations since 2023.1).</summary>
    public int ThreadLimitPerEntity { get; set; } = 3;

    /// <summary>
    /// The status of the "Thread Threshold Exceeded" error. Its status is undocumented and clients report
    /// non-429 ones; 429 by default because it is a throttling refusal, 500 is the usual alternative.
    /// Clients should recognise it by its text either way.
    /// </summary>
    public int ThreadLimitStatus { get; set; } = 429;

    /// <summary>
    /// False (default): a request over the thread limit is refused at once. True: it waits for a slot,
    /// the "multi-thread latency" older integrations get instead.
    /// </summary>
    public bool ThreadLimitWaits { get; set; }

    /// <summary>
    /// Delays added as hourly usage rises. Off by default: such delays run on the simulator's clock, and a test
    /// with a fake clock that never advances would stall. <see cref="LatencyTier.Documented"/> turns them on.
    /// </summary>
    public IReadOnlyList<LatencyTier> LatencyTiers { get; set; } = [];

    /// <summary>Each webhook delivery attempt gives up after this long (documented: 10 s).</summary>
    public TimeSpan WebhookAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait between attempts (documented: 30 s).</summary>
    public TimeSpan WebhookRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per event before it is dropped into the error log (documented: 5).</summary>
    public int WebhookAttempts { get; set; } = 5;

    /// <summary>Failed events in a row after which the webhook is deactivated (documented: 25).</summary>
    public int WebhookDeactivateAfter { get; set; } = 25;
}
