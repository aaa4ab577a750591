using System.Net;

namespace Autotask.Simulator.Tests;

public sealed class AuthenticationAndZoneTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Zone_information_needs_no_auth_and_points_at_the_simulator_itself()
    {
        using var anonymous = new HttpClient();
        var user = Uri.EscapeDataString(sim.Host.Options.UserName);
        using var response = await anonymous.GetAsync(new Uri(sim.Host.BaseUrl, $"ATServicesRest/V1.0/zoneInformation?user={user}"));
        var zone = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri(sim.Host.BaseUrl, "ATServicesRest/").ToString(), zone.GetProperty("url").GetString());
        Assert.True(zone.GetProperty("ci").GetInt32() > 0);
    }

    [Fact]
    public async Task Zone_information_for_an_unknown_user_is_a_500_with_errors()
    {
        using var anonymous = new HttpClient();
        using var response = await anonymous.GetAsync(new Uri(sim.Host.BaseUrl, "ATServicesRest/V1.0/zoneInformation?user=nobody%40example.com"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors());
    }

    [Theory]
    [InlineData("UserName")]
    [InlineData("Secret")]
    [InlineData("ApiIntegrationCode")]
    public async Task A_wrong_auth_header_is_a_401_with_errors(string header)
    {
        using var http = SimulatorFixture.Authenticated(sim.Host);
        http.DefaultRequestHeaders.Remove(header);
        http.DefaultRequestHeaders.Add(header, "wrong-fake-value");

        using var response = await http.PostAsync("Tickets/query/count", Json.Body("""{"filter":[]}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors());
    }

    [Fact]
    public async Task Header_names_and_paths_match_ignoring_case()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sim.Host.BaseUrl, "atservicesrest/v1.0/tickets/entityInformation"));
        request.Headers.Add("username", sim.Host.Options.UserName);
        request.Headers.Add("SECRET", sim.Host.Options.Secret);
        request.Headers.Add("APIIntegrationcode", sim.Host.Options.IntegrationCode);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ticket", (await response.ReadAsync()).GetProperty("info").GetProperty("name").GetString());
    }
}
