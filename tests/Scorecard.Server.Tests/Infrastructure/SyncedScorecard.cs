namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>A simulated tenant and a server that has synced it once: shared by the classes of <see cref="SyncedCollection"/>.</summary>
public sealed class SyncedScorecard : IAsyncLifetime
{
    public TestTenant Tenant { get; } = new();

    public ScorecardApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Tenant.InitializeAsync();
        App = new ScorecardApp(Tenant.Simulator, Tenant.Clock);
        var result = await App.SyncAsync();
        Assert.True(result.Succeeded, string.Join("; ", result.Steps.Select(s => $"{s.Entity}: {s.Error}")));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}

/// <summary>The read-only API tests share one synced tenant (a sync costs seconds of CPU).</summary>
[CollectionDefinition(Name)]
public sealed class SyncedCollection : ICollectionFixture<SyncedScorecard>
{
    public const string Name = "synced tenant";
}
