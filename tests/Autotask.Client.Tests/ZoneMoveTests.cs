using Autotask.Client.Http;
using Autotask.Client.Querying;
using Autotask.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>A tenant moved to another zone: the old zone answers 401, discovery now names the new one.</summary>
public sealed class ZoneMoveTests : IAsyncLifetime
{
    SimulatorHost oldZone = null!, newZone = null!;

    public async ValueTask InitializeAsync()
    {
        oldZone = await SimulatorHost.StartAsync(new SimulatorOptions { HistoryDays = 5, Seed = 3 });
        newZone = await SimulatorHost.StartAsync(new SimulatorOptions { HistoryDays = 5, Seed = 3 });
    }

    public async ValueTask DisposeAsync()
    {
        await oldZone.DisposeAsync();
        await newZone.DisposeAsync();
    }

    ServiceProvider Services(DiscoveryRouter router)
    {
        var services = new ServiceCollection();
        services.AddAutotaskClient(o =>
        {
            o.UserName = oldZone.Options.UserName;
            o.Secret = oldZone.Options.Secret;
            o.IntegrationCode = oldZone.Options.IntegrationCode;
            o.DiscoveryUrl = oldZone.BaseUrl;
        });
        services.AddHttpClient(AutotaskZoneResolver.DiscoveryClientName).AddHttpMessageHandler(() => router);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task An_unexpected_401_looks_the_zone_up_once_and_follows_the_tenant_to_its_new_zone()
    {
        var router = new DiscoveryRouter(oldZone.BaseUrl);
        using var services = Services(router);
        var client = services.GetRequiredService<AutotaskClient>();
        var before = await client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken);

        router.Target = newZone.BaseUrl; // the database moved
        var moved = oldZone.State.Faults.FailNext(1, 401, "Tickets");
        var after = await client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken);

        Assert.Equal(before, after);
        Assert.Equal(2, router.Lookups);
        // Fault hits are counted before the answer is sent; the request log only after it, so it can lag a moment.
        Assert.Equal(1, moved.Hits);
        Assert.Equal(new Uri(newZone.BaseUrl, "ATServicesRest/V1.0/"), services.GetRequiredService<AutotaskZoneResolver>().CurrentApiBase);
    }

    [Fact]
    public async Task A_401_from_a_zone_that_has_not_moved_is_reported_after_one_lookup()
    {
        var router = new DiscoveryRouter(oldZone.BaseUrl);
        using var services = Services(router);
        var client = services.GetRequiredService<AutotaskClient>();
        var unauthorized = oldZone.State.Faults.FailNext(2, 401, "Tickets");

        var ex = await Assert.ThrowsAsync<AutotaskApiException>(() => client.Tickets.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal(2, router.Lookups);
        Assert.Equal(1, unauthorized.Hits);
    }

    /// <summary>Sends zone discovery wherever the test says Autotask's global endpoint now points.</summary>
    sealed class DiscoveryRouter(Uri target) : DelegatingHandler
    {
        int lookups;

        public Uri Target { get; set; } = target;

        public int Lookups => lookups;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref lookups);
            request.RequestUri = new Uri(Target, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
