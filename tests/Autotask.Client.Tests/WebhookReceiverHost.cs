using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>A loopback endpoint that keeps each delivery's raw body and signature header, as a receiver must.</summary>
public sealed class WebhookReceiverHost : IAsyncDisposable
{
    readonly WebApplication app;
    readonly Channel<(byte[] Body, string? Signature)> deliveries = Channel.CreateUnbounded<(byte[], string?)>();

    WebhookReceiverHost(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookReceiverHost> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var host = new WebhookReceiverHost(builder.Build());
        host.app.Run(async ctx =>
        {
            using var raw = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(raw, ctx.RequestAborted);
            await host.deliveries.Writer.WriteAsync((raw.ToArray(), ctx.Request.Headers["x-hook-signature"].FirstOrDefault()), ctx.RequestAborted);
            ctx.Response.StatusCode = StatusCodes.Status200OK;
        });
        await host.app.StartAsync();
        var address = host.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Url = new Uri(address.TrimEnd('/') + "/autotask");
        return host;
    }

    public ValueTask<(byte[] Body, string? Signature)> NextAsync() => deliveries.Reader.ReadAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
