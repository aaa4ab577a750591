using System.Net.ServerSentEvents;
using Microsoft.Extensions.Options;

namespace Scorecard.Server.Features.Events;

/// <summary><c>GET /api/v1/events</c>: server-sent events announcing new data, so pages refresh without polling.</summary>
static class EventEndpoints
{
    public static WebApplicationBuilder AddScorecardEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section)
            .Validate(o => o.PollInterval >= TimeSpan.FromSeconds(1) && o.HeartbeatInterval >= TimeSpan.FromSeconds(1),
                "Scorecard:Events:PollInterval and Scorecard:Events:HeartbeatInterval must be at least 00:00:01.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DataChangeFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DataChangeFeed>());
        return builder;
    }

    public static void MapEventEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/events", Stream).WithTags("Events").WithName("StreamEvents")
            .WithSummary("Server-sent events: 'hello' with the current data version, then 'data-changed' whenever a sync or webhook stored new data, and a 'heartbeat' now and then.");

    static IResult Stream(DataChangeFeed feed, HttpContext ctx, CancellationToken ct)
    {
        // Proxies (nginx) must not buffer the stream.
        ctx.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Items(feed, ct));
    }

    static async IAsyncEnumerable<SseItem<DataEvent>> Items(DataChangeFeed feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in feed.ListenAsync(ct))
        {
            yield return new SseItem<DataEvent>(e, e.Type);
        }
    }
}
