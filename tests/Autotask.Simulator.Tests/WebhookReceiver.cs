using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Simulator.Tests;

/// <summary>A loopback HTTP endpoint that records the raw callouts it receives and answers with scripted statuses.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly WebApplication app;
    readonly List<Callout> received = [];
    readonly ConcurrentQueue<int> statuses = new();
    readonly CountSignal arrived = new();

    WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<Callout> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.Run(receiver.HandleAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address + "/hook");
        return receiver;
    }

    /// <summary>The next callouts get these statuses, then 200s.</summary>
    public void AnswerNext(params int[] codes)
    {
        foreach (var c in codes)
        {
            statuses.Enqueue(c);
        }
    }

    public Task WhenReceived(int count) => arrived.WhenReached(count);

    async Task HandleAsync(HttpContext ctx)
    {
        using var buffer = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(buffer);
        ctx.Response.StatusCode = statuses.TryDequeue(out var code) ? code : 200;
        lock (received)
        {
            received.Add(new Callout(ctx.Request.Path, buffer.ToArray(), ctx.Request.Headers["X-Hook-Signature"].ToString()));
        }

        arrived.Increment();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record Callout(string Path, byte[] Body, string Signature);
