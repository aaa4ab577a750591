using System.Text;
using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

public sealed class NextPageUrlTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task A_nextPageUrl_on_another_host_is_not_followed_and_gets_no_credentials()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fx.Clock);
        var elsewhere = new RedirectNextPages();
        services.AddAutotaskClient(o =>
        {
            o.UserName = fx.Simulator.Options.UserName;
            o.Secret = fx.Simulator.Options.Secret;
            o.IntegrationCode = fx.Simulator.Options.IntegrationCode;
            o.DiscoveryUrl = fx.Simulator.BaseUrl;
        }).AddHttpMessageHandler(() => elsewhere);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AutotaskClient>();

        var ex = await Assert.ThrowsAsync<AutotaskProtocolException>(async () =>
            await client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { FollowNextPageUrl = true, PageSize = 10 })
                .ToListAsync(TestContext.Current.CancellationToken));

        Assert.Contains("evil.example", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, elsewhere.Requests); // the first page only: nothing was sent to the other host
    }

    /// <summary>Rewrites every nextPageUrl in a response to point at another host, as a tampered or misrouted answer would.</summary>
    sealed class RedirectNextPages : DelegatingHandler
    {
        public int Requests { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var response = await base.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var authority = request.RequestUri!.GetLeftPart(UriPartial.Authority);
            response.Content = new StringContent(text.Replace($"\"nextPageUrl\":\"{authority}", "\"nextPageUrl\":\"https://evil.example", StringComparison.Ordinal),
                Encoding.UTF8, "application/json");
            return response;
        }
    }
}
