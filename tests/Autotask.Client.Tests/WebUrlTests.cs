using Autotask.Client.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>Links into Autotask need the tenant's web address: zone information's webUrl, or with a fixed zone Autotask's host naming.</summary>
public sealed class WebUrlTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task The_web_address_comes_from_zone_information_once_the_zone_is_known()
    {
        using var services = fx.Services();
        var zones = services.GetRequiredService<AutotaskZoneResolver>();
        Assert.Null(zones.CurrentWebUrl);

        await zones.GetApiBaseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(fx.Simulator.BaseUrl, zones.CurrentWebUrl); // the simulator's zone names itself as webUrl
    }

    [Theory]
    [InlineData("https://webservices5.autotask.net/ATServicesRest/", "https://ww5.autotask.net/")]
    [InlineData("https://webservices14.autotask.net", "https://ww14.autotask.net/")]
    [InlineData("https://prde.autotask.net/ATServicesRest/", null)]
    [InlineData("http://127.0.0.1:5099/", null)]
    public void The_web_host_of_a_fixed_zone_follows_autotasks_naming(string zone, string? expected) =>
        Assert.Equal(expected, AutotaskZoneResolver.WebUrlFor(new Uri(zone))?.ToString());
}
