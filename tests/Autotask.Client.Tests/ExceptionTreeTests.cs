using System.Text;
using Autotask.Client.Querying;
using Autotask.Simulator;
using Autotask.Simulator.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Client.Tests;

/// <summary>Every failure a caller can meet is an <see cref="AutotaskException"/>; lists never stop at the first page.</summary>
public sealed class ExceptionTreeTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task An_answer_that_is_not_the_expected_JSON_is_an_AutotaskException_naming_the_path()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fx.Clock);
        services.AddAutotaskClient(o =>
        {
            o.UserName = fx.Simulator.Options.UserName;
            o.Secret = fx.Simulator.Options.Secret;
            o.IntegrationCode = fx.Simulator.Options.IntegrationCode;
            o.DiscoveryUrl = fx.Simulator.BaseUrl;
            o.MaxRetries = 0;
        }).AddHttpMessageHandler(() => new HtmlInsteadOfJson());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AutotaskClient>();

        var ex = await Assert.ThrowsAnyAsync<AutotaskException>(async () =>
            await client.Tickets.QueryAsync(AutotaskFilter.All).ToListAsync(TestContext.Current.CancellationToken));

        var protocol = Assert.IsType<AutotaskProtocolException>(ex);
        Assert.Contains("Tickets/query", protocol.RequestPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_webhooks_reads_every_page()
    {
        var clock = new FakeTimeProvider(ClientFixture.Now);
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = clock, HistoryDays = 2, Seed = 5 });
        sim.State.Tenant.TicketWebhooks.Mutate(rows =>
        {
            for (var i = 1; i <= 1234; i++)
            {
                rows.Add(new SimWebhook { Id = i, Name = $"Other integration {i}", WebhookUrl = $"https://other.example/{i}", DeactivationUrl = "https://other.example/off" });
            }

            return 0;
        });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAutotaskClient(o =>
        {
            o.UserName = sim.Options.UserName;
            o.Secret = sim.Options.Secret;
            o.IntegrationCode = sim.Options.IntegrationCode;
            o.DiscoveryUrl = sim.BaseUrl;
        });
        await using var provider = services.BuildServiceProvider();

        var hooks = await provider.GetRequiredService<AutotaskClient>().Webhooks.ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1234, hooks.Count);
        Assert.Equal(1234, hooks.Select(h => h.Id).Distinct().Count());
        Assert.Equal(3, sim.State.Requests.For("TicketWebhooks"));
    }

    /// <summary>A proxy or captive portal answering with a page instead of Autotask's JSON.</summary>
    sealed class HtmlInsteadOfJson : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith("/query", StringComparison.Ordinal))
            {
                response.Content = new StringContent("<html><body>Service unavailable</body></html>", Encoding.UTF8, "application/json");
            }

            return response;
        }
    }
}
