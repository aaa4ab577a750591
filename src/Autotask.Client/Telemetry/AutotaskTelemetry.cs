using System.Diagnostics;
using System.Diagnostics.Metrics;
using Autotask.Client.Budget;

namespace Autotask.Client.Telemetry;

/// <summary>
/// The client's metrics, on the meter <see cref="MeterName"/>: requests by entity and outcome,
/// retries by reason, budget use and the per-entity concurrency high-water mark. Tags never carry
/// credentials, query strings or record data.
/// </summary>
public sealed class AutotaskTelemetry
{
    /// <summary>The meter's name, for <c>AddMeter</c> in OpenTelemetry or a metrics listener.</summary>
    public const string MeterName = "Autotask.Client";

    readonly Counter<long> requests;
    readonly Counter<long> retries;
    readonly Histogram<double> duration;
    readonly Meter meter;

    /// <summary>Created once per registration by dependency injection.</summary>
    public AutotaskTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        requests = meter.CreateCounter<long>("autotask.client.requests", "{request}", "HTTP requests sent to Autotask, by entity, method and outcome.");
        retries = meter.CreateCounter<long>("autotask.client.retries", "{retry}", "Requests retried, by entity and reason.");
        duration = meter.CreateHistogram<double>("autotask.client.request.duration", "s", "Time from sending a request to its response headers.");
    }

    /// <summary>Counts one request Autotask answered (or did not), with its outcome.</summary>
    internal void Request(string entity, string method, string outcome, int? status, TimeSpan elapsed)
    {
        var tags = new TagList { { "entity", entity }, { "method", method }, { "outcome", outcome } };
        if (status is { } s)
        {
            tags.Add("status", s);
        }

        requests.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, new TagList { { "entity", entity }, { "outcome", outcome } });
    }

    /// <summary>Counts one retry.</summary>
    internal void Retry(string entity, string reason) =>
        retries.Add(1, new TagList { { "entity", entity }, { "reason", reason } });

    /// <summary>Publishes the budget as observable gauges.</summary>
    internal void ObserveBudget(Func<BudgetUsage> usage)
    {
        meter.CreateObservableGauge("autotask.client.budget.calls", () => usage().CallsLastHour, "{request}", "Calls this client made in the last hour.");
        meter.CreateObservableGauge("autotask.client.budget.allowance", () => usage().Allowance, "{request}", "Calls this client may make per hour.");
        meter.CreateObservableGauge("autotask.client.budget.pressure", () => usage().Pressure, null, "0 idle, 1 budget spent.");
        meter.CreateObservableCounter("autotask.client.budget.delayed", () => usage().DelayedCalls, "{request}", "Calls the governor slowed down.");
        meter.CreateObservableCounter("autotask.client.budget.refused", () => usage().RefusedCalls, "{request}", "Calls the governor refused.");
    }

    /// <summary>Publishes the per-entity concurrency high-water mark.</summary>
    internal void ObserveConcurrency(Func<IEnumerable<KeyValuePair<string, int>>> maxInFlight) =>
        meter.CreateObservableGauge("autotask.client.concurrency.max_in_flight",
            () => maxInFlight().Select(kv => new Measurement<int>(kv.Value, new KeyValuePair<string, object?>("entity", kv.Key))),
            "{request}", "Most requests in flight at once, per entity endpoint.");
}
