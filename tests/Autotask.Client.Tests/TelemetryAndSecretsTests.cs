using Autotask.Client.Querying;
using Autotask.Client.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Autotask.Client.Tests;

public sealed class TelemetryAndSecretsTests(FaultFixture fx) : IClassFixture<FaultFixture>
{
    [Fact]
    public async Task Requests_retries_and_budget_are_published_as_metrics_by_entity_and_outcome()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, AutotaskTelemetry.MeterName, "autotask.client.requests");
        using var retries = new MetricCollector<long>(meters, AutotaskTelemetry.MeterName, "autotask.client.retries");
        using var calls = new MetricCollector<int>(meters, AutotaskTelemetry.MeterName, "autotask.client.budget.calls");
        fx.Simulator.State.Faults.FailNext(1, 503, "Tickets");

        await fx.Clock.RunAsync(client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken), TimeSpan.FromMinutes(1));
        calls.RecordObservableInstruments();

        Assert.Contains(requests.GetMeasurementSnapshot(), m => Tag(m.Tags, "entity") == "Tickets" && Tag(m.Tags, "outcome") == "server_error");
        Assert.Contains(requests.GetMeasurementSnapshot(), m => Tag(m.Tags, "entity") == "Tickets" && Tag(m.Tags, "outcome") == "success");
        Assert.Equal("servererror", Tag(Assert.Single(retries.GetMeasurementSnapshot()).Tags, "reason"));
        Assert.Equal(2, calls.LastMeasurement!.Value);
    }

    [Fact]
    public async Task The_secret_and_integration_code_appear_in_no_log_metric_exception_or_ToString()
    {
        using var services = fx.Services(more: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace)).AddFakeLogging());
        var client = services.GetRequiredService<AutotaskClient>();
        var options = fx.Simulator.Options;
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, AutotaskTelemetry.MeterName, "autotask.client.requests");
        fx.Simulator.State.Faults.FailNext(1, 401, "Tickets");

        var failure = await Assert.ThrowsAsync<AutotaskApiException>(() => client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken));
        await client.Tickets.QueryAsync(AutotaskFilter.Eq("status", 5), new QueryOptions { PageSize = 10 }).Take(20).ToListAsync(TestContext.Current.CancellationToken);

        var logs = services.GetFakeLogCollector().GetSnapshot();
        // The state too: structured sinks export it, and the HTTP client factory's own logging put raw headers there.
        var text = string.Join("\n", logs.Select(l => l.Message + " " + string.Join(",", l.StructuredState ?? [])))
            + failure + services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AutotaskClientOptions>>().Value
            + string.Join(",", requests.GetMeasurementSnapshot().SelectMany(m => m.Tags.Select(t => t.Value)));

        Assert.DoesNotContain(options.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(options.IntegrationCode, text, StringComparison.Ordinal);
    }

    static string? Tag(IReadOnlyDictionary<string, object?> tags, string name) => tags.TryGetValue(name, out var v) ? v?.ToString() : null;
}
