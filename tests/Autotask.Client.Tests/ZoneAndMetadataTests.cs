using Autotask.Client.Http;
using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

public sealed class ZoneAndMetadataTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task The_zone_is_discovered_from_the_user_name()
    {
        using var services = fx.Services();
        var zones = services.GetRequiredService<AutotaskZoneResolver>();

        var root = await zones.GetApiBaseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Uri(fx.Simulator.BaseUrl, "ATServicesRest/V1.0/"), root);
    }

    [Theory]
    [InlineData("https://webservices3.autotask.net", "https://webservices3.autotask.net/ATServicesRest/V1.0/")]
    [InlineData("https://webservices3.autotask.net/ATServicesRest/", "https://webservices3.autotask.net/ATServicesRest/V1.0/")]
    [InlineData("https://webservices3.autotask.net/atservicesrest/v1.0", "https://webservices3.autotask.net/atservicesrest/V1.0/")]
    public void A_zone_override_may_be_a_bare_host_or_a_full_URL(string zone, string expected) =>
        Assert.Equal(new Uri(expected), AutotaskZoneResolver.Versioned(new Uri(zone)));

    [Fact]
    public async Task A_bare_host_zone_override_skips_discovery_and_works()
    {
        using var services = fx.Services(o =>
        {
            o.ZoneUrl = new Uri(fx.Simulator.BaseUrl.GetLeftPart(UriPartial.Authority));
            o.DiscoveryUrl = new Uri("http://127.0.0.1:9/"); // nothing listens there: discovery must not be asked
        });
        var client = services.GetRequiredService<AutotaskClient>();

        var n = await client.Resources.CountAsync(AutotaskFilter.All, TestContext.Current.CancellationToken);

        Assert.Equal(fx.Simulator.State.Tenant.Resources.RowCount, n);
    }

    [Fact]
    public async Task Picklist_labels_come_from_the_tenants_field_metadata()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        var status = await client.Metadata.GetPicklistAsync("Tickets", "status", cancellationToken: TestContext.Current.CancellationToken);
        var queue = await client.Metadata.LabelAsync("Tickets", "queueID", 29683479, TestContext.Current.CancellationToken);

        Assert.Equal("Complete", status.LabelOf(5));
        Assert.Equal([5], status.ValuesLabelled("complete"));
        Assert.Equal("ROC", queue);
    }

    [Fact]
    public async Task Credentials_are_never_sent_to_a_host_other_than_the_zone()
    {
        using var services = fx.Services();
        var zones = services.GetRequiredService<AutotaskZoneResolver>();
        await zones.GetApiBaseAsync(TestContext.Current.CancellationToken);
        var handler = services.GetRequiredService<AutotaskAuthHandler>();
        handler.InnerHandler = new HttpClientHandler();
        using var invoker = new HttpMessageInvoker(handler);

        await Assert.ThrowsAsync<AutotaskProtocolException>(() =>
            invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://evil.example/ATServicesRest/V1.0/Tickets/1"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Options_never_show_the_secret()
    {
        var o = new AutotaskClientOptions { UserName = "api@example.com", Secret = "fake-secret-value", IntegrationCode = "FAKE-CODE" };
        Assert.DoesNotContain("fake-secret-value", o.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE-CODE", o.ToString(), StringComparison.Ordinal);
    }
}
