using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Storage;

/// <summary>Two server instances on one PostgreSQL database: one syncs at a time, both serve, and the other takes over.</summary>
public sealed class InstanceLockTests(PostgresServer postgres) : IAsyncLifetime
{
    const string SecondCode = "DEMO-SECOND-INSTANCE-NOT-REAL";
    readonly TestTenant tenant = new();

    public async ValueTask InitializeAsync()
    {
        await tenant.InitializeAsync();
        tenant.Simulator.Options.OtherIntegrationCodes.Add(SecondCode);
    }

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Fact]
    public async Task Two_instances_never_sync_at_once_both_serve_and_the_second_takes_over()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync();
        var first = new ScorecardApp(tenant.Simulator, tenant.Clock, database);
        await using var second = new ScorecardApp(tenant.Simulator, tenant.Clock, database,
            new Dictionary<string, string?> { ["Autotask:IntegrationCode"] = SecondCode });
        using var firstHttp = first.CreateClient(); // starts (and migrates) one after the other
        using var secondHttp = second.CreateClient();

        // Each instance tells the simulator apart by its integration code.
        var cycles = await Task.WhenAll(first.SyncAsync(), second.SyncAsync());

        Assert.Single(cycles, c => c.WasLocked);
        Assert.Single(cycles, c => c.Succeeded);
        var requests = tenant.Simulator.State.Requests;
        var syncer = cycles[0].Succeeded ? tenant.Simulator.Options.IntegrationCode : SecondCode;
        var idle = cycles[0].Succeeded ? SecondCode : tenant.Simulator.Options.IntegrationCode;
        Assert.True(requests.MaxInFlight("Tickets", syncer) > 0);
        Assert.Equal(0, requests.MaxInFlight("Tickets", idle));
        foreach (var http in new[] { firstHttp, secondHttp })
        {
            var health = await http.GetFromJsonAsync<JsonElement>("/api/health", ct);
            Assert.Equal("postgresql", health.GetProperty("database").GetString());
            Assert.Equal(JsonValueKind.String, health.GetProperty("data_as_of").ValueKind);
        }

        // The syncing instance stops; the other takes over at its next cycle, incrementally (the state is shared).
        var survivor = cycles[0].Succeeded ? second : first;
        await (cycles[0].Succeeded ? first : second).DisposeAsync();
        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var takeover = await survivor.SyncAsync();

        Assert.True(takeover.Succeeded, string.Join("; ", takeover.Steps.Select(s => s.Error)));
        Assert.True(requests.MaxInFlight("Tickets", idle) > 0);
        await first.DisposeAsync();
    }
}
