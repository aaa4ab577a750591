using Autotask.Client.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Autotask.Client.Http;

/// <summary>
/// The retry pipeline: reads only (see <see cref="RetryPolicy"/>), exponential back-off with jitter,
/// <c>Retry-After</c> honoured when present, every delay on the injected <see cref="TimeProvider"/>.
/// </summary>
static class AutotaskResilience
{
    // Autotask may send 429 without Retry-After; its guidance is to wait about a minute.
    static readonly TimeSpan ThrottledWithoutRetryAfter = TimeSpan.FromSeconds(60);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var o = services.GetRequiredService<IOptions<AutotaskClientOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var telemetry = services.GetRequiredService<AutotaskTelemetry>();
        pipeline.TimeProvider = clock;
        if (o.MaxRetries == 0)
        {
            return;
        }

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = o.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = o.RetryBaseDelay,
            MaxDelay = o.MaxRetryAfter,
            ShouldRetryAfterHeader = false, // the delay generator below reads it, with Autotask's fallback
            ShouldHandle = async args => await Classify(args.Outcome, args.Context, o, clock) != RetryReason.None,
            DelayGenerator = async args =>
            {
                if (args.Outcome.Result is not { StatusCode: System.Net.HttpStatusCode.TooManyRequests } response
                    || await Classify(args.Outcome, args.Context, o, clock) == RetryReason.ThreadLimit)
                {
                    return null; // exponential back-off with jitter
                }

                var wait = RetryPolicy.RetryAfter(response, clock) ?? ThrottledWithoutRetryAfter;
                return wait < o.MaxRetryAfter ? wait : o.MaxRetryAfter;
            },
            OnRetry = async args =>
            {
                var reason = await Classify(args.Outcome, args.Context, o, clock);
                telemetry.Retry(EntityPath.Of(args.Context.GetRequestMessage()?.RequestUri), reason.ToString().ToLowerInvariant());
            },
        });
    }

    static ValueTask<RetryReason> Classify(Outcome<HttpResponseMessage> outcome, ResilienceContext context, AutotaskClientOptions o, TimeProvider clock) =>
        RetryPolicy.ClassifyAsync(outcome, context.GetRequestMessage(), o.MaxRetryAfter, clock);
}
