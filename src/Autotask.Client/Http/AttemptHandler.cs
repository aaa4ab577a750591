using System.Diagnostics;
using Autotask.Client.Telemetry;
using Microsoft.Extensions.Options;

namespace Autotask.Client.Http;

/// <summary>
/// The innermost handler: waits for a slot at the entity's concurrency gate, bounds the attempt by
/// <see cref="AutotaskClientOptions.AttemptTimeout"/> (on the injected clock) and records the outcome.
/// </summary>
sealed class AttemptHandler(EntityConcurrencyGate gate, AutotaskTelemetry telemetry, IOptions<AutotaskClientOptions> options, TimeProvider clock)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var entity = EntityPath.Of(request.RequestUri);
        using var slot = await gate.EnterAsync(entity, cancellationToken);
        using var timeout = new CancellationTokenSource(options.Value.AttemptTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, linked.Token);
            // The body is read inside the slot: Autotask counts the thread until the response is complete.
            await response.Content.LoadIntoBufferAsync(linked.Token);
            telemetry.Request(entity, request.Method.Method, Outcome((int)response.StatusCode), (int)response.StatusCode, Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            telemetry.Request(entity, request.Method.Method, "timeout", null, Stopwatch.GetElapsedTime(started));
            throw new TimeoutException($"Autotask did not answer within {options.Value.AttemptTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException)
        {
            telemetry.Request(entity, request.Method.Method, "network_error", null, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    static string Outcome(int status) => status switch
    {
        < 300 => "success",
        429 => "throttled",
        < 500 => "client_error",
        _ => "server_error",
    };
}
