using Autotask.Client.Telemetry;
using Microsoft.Extensions.Options;

namespace Autotask.Client.Budget;

/// <summary>
/// The request governor shared by every call to one tenant. Autotask allows 10,000 calls per
/// rolling hour per database, shared by all integrations, and cuts everyone off beyond it; so this
/// client spends at most <see cref="AutotaskClientOptions.BudgetShare"/> of it, slows down as usage
/// rises and stops before the threshold rather than at it.
/// </summary>
/// <remarks>
/// Policy, per call: pressure = max(own calls in the last hour / allowance, tenant usage / threshold).
/// Below 0.5 calls go straight out; from 0.5 each waits 0.5 s, from 0.75 each waits 2 s; at 1 (own
/// allowance spent) or at 90 % of the tenant's threshold the call is refused with
/// <see cref="AutotaskBudgetExceededException"/>. Tenant usage comes from <c>ThresholdInformation</c>,
/// read rarely (every <see cref="AutotaskClientOptions.ThresholdPollInterval"/> or
/// <see cref="AutotaskClientOptions.ThresholdPollEveryRequests"/> own calls, and once after any 429),
/// because the reading is a call too.
/// </remarks>
public sealed class AutotaskBudget
{
    const double SlowAt = 0.5, SlowerAt = 0.75, TenantStopAt = 0.9;
    static readonly TimeSpan Window = TimeSpan.FromHours(1);
    static readonly TimeSpan SlowDelay = TimeSpan.FromMilliseconds(500), SlowerDelay = TimeSpan.FromSeconds(2);
    static readonly TimeSpan ProbeInterval = TimeSpan.FromMinutes(1);

    readonly AutotaskClientOptions options;
    readonly TimeProvider clock;
    readonly Lock gate = new();
    readonly Queue<DateTimeOffset> calls = new();
    int threshold = 10_000;
    int? tenantAtReading;
    int callsSinceReading;
    DateTimeOffset? firstCall, lastReading;
    bool readingRequested;
    DateTimeOffset blockedUntil = DateTimeOffset.MinValue;
    int reading;
    long delayed, refused;

    /// <summary>Created once per registration by dependency injection.</summary>
    public AutotaskBudget(IOptions<AutotaskClientOptions> options, TimeProvider clock, AutotaskTelemetry telemetry)
    {
        this.options = options.Value;
        this.clock = clock;
        telemetry.ObserveBudget(() => Usage);
    }

    /// <summary>The budget as of now.</summary>
    public BudgetUsage Usage
    {
        get
        {
            lock (gate)
            {
                var now = clock.GetUtcNow();
                Expire(now);
                return new BudgetUsage
                {
                    Threshold = threshold, Allowance = Allowance, CallsLastHour = calls.Count, TenantUsageEstimate = TenantEstimate,
                    LastReading = lastReading, Pressure = Pressure(), DelayedCalls = delayed, RefusedCalls = refused,
                };
            }
        }
    }

    int Allowance => Math.Max(1, (int)(threshold * options.BudgetShare));

    int? TenantEstimate => tenantAtReading + callsSinceReading;

    /// <summary>True when <c>ThresholdInformation</c> should be read before the next call; only one caller gets true at a time.</summary>
    internal bool TryBeginReading()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var since = lastReading ?? firstCall;
            var due = readingRequested ? now >= blockedUntil
                : since is { } t && (now - t >= options.ThresholdPollInterval || callsSinceReading >= options.ThresholdPollEveryRequests);
            return due && Interlocked.CompareExchange(ref reading, 1, 0) == 0;
        }
    }

    /// <summary>Records a <c>ThresholdInformation</c> answer (the reading call itself included).</summary>
    internal void EndReading(int? externalThreshold, int? currentCount, TimeSpan? refusedFor)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            Record(now);
            lastReading = now;
            if (refusedFor is { } wait)
            {
                // The tenant is over its threshold: probe again later instead of spending calls.
                readingRequested = true;
                blockedUntil = now + (wait < ProbeInterval ? wait : ProbeInterval);
                tenantAtReading = threshold;
            }
            else if (externalThreshold is > 0 && currentCount is { } count)
            {
                readingRequested = false;
                threshold = externalThreshold.Value;
                tenantAtReading = count;
            }

            callsSinceReading = 0;
            Interlocked.Exchange(ref reading, 0);
        }
    }

    /// <summary>Autotask answered 429: read the threshold before the next call.</summary>
    internal void ThrottledByAutotask()
    {
        lock (gate)
        {
            readingRequested = true;
        }
    }

    /// <summary>Waits as the policy says and counts the call, or throws when the budget is spent.</summary>
    internal async ValueTask AcquireAsync(string requestPath, CancellationToken ct)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            Expire(now);
            if (Refusal(now) is { } refusal)
            {
                refused++;
                if (refusal.ProbeLater)
                {
                    // Only a fresh reading can show the tenant's usage has fallen again.
                    readingRequested = true;
                    blockedUntil = now + ProbeInterval;
                }

                throw new AutotaskBudgetExceededException(refusal.Reason, requestPath, refusal.RetryAfter);
            }

            var pressure = Pressure();
            wait = pressure >= SlowerAt ? SlowerDelay : pressure >= SlowAt ? SlowDelay : TimeSpan.Zero;
            delayed += wait > TimeSpan.Zero ? 1 : 0;
            Record(now);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, ct);
        }
    }

    (string Reason, TimeSpan RetryAfter, bool ProbeLater)? Refusal(DateTimeOffset now)
    {
        if (now < blockedUntil)
        {
            return ("The tenant's hourly request threshold was reached; waiting before asking again.", blockedUntil - now, false);
        }

        if (calls.Count >= Allowance)
        {
            return ($"This client's share of the hourly threshold ({Allowance} of {threshold} calls) is spent.", calls.Peek() + Window - now, false);
        }

        return TenantEstimate >= threshold * TenantStopAt
            ? ($"The tenant has used {TenantEstimate} of its {threshold} hourly calls; stopping before the threshold.", ProbeInterval, true)
            : null;
    }

    double Pressure() => Math.Max((double)calls.Count / Allowance, (double)(TenantEstimate ?? 0) / threshold);

    void Record(DateTimeOffset now)
    {
        firstCall ??= now;
        calls.Enqueue(now);
        callsSinceReading++;
    }

    void Expire(DateTimeOffset now)
    {
        while (calls.Count > 0 && calls.Peek() <= now - Window)
        {
            calls.Dequeue();
        }
    }
}
