using Autotask.Simulator;
using Autotask.Simulator.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Sync;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Sync;

/// <summary>
/// Under each of the simulator's fault modes (errors, throttling, dropped and hung connections, thread limits,
/// slow answers, and all of them at random) a first load and an incremental cycle still end equal to Autotask.
/// These run on the real clock with short retry delays: a fake clock cannot drive the client's timeouts here.
/// </summary>
public sealed class FaultTests
{
    static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Autotask:RetryBaseDelay"] = "00:00:00.020",
        ["Autotask:AttemptTimeout"] = "00:00:01",
        ["Autotask:MaxRetryAfter"] = "00:00:03",
        ["Autotask:MaxRetries"] = "8",
    };

    public static TheoryData<string> Modes() => ["500", "503", "429", "drop", "hang", "thread limit", "slow", "all at random"];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Under_the_fault_the_first_load_and_the_next_cycle_end_exact(string mode)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { HistoryDays = 20, Seed = 31 });
        await using var app = new ScorecardApp(simulator, TimeProvider.System, extra: QuickRetries);
        var faults = simulator.State.Faults;
        var struck = 0;
        FaultRule? rule = null;
        void Inject()
        {
            if (mode == "all at random")
            {
                faults.Randomize(seed: 5, probability: 0.15,
                [
                    FaultAction.Fail(500), FaultAction.Fail(503), FaultAction.Throttle(TimeSpan.FromSeconds(1)), FaultAction.Drop,
                    FaultAction.Hang, FaultAction.ThreadLimit, FaultAction.Slow(TimeSpan.FromMilliseconds(300), wallClock: true),
                ]);
                return;
            }

            rule = faults.Add(new FaultRule
            {
                QueriesOnly = true, Skip = 3, Count = 4,
                Action = mode switch
                {
                    "500" => FaultAction.Fail(500),
                    "503" => FaultAction.Fail(503),
                    "429" => FaultAction.Throttle(TimeSpan.FromSeconds(1)),
                    "drop" => FaultAction.Drop,
                    "hang" => FaultAction.Hang,
                    "thread limit" => FaultAction.ThreadLimit,
                    _ => FaultAction.Slow(TimeSpan.FromMilliseconds(500), wallClock: true),
                },
            });
        }

        int Struck() => rule?.Hits ?? simulator.State.Requests.Snapshot().Where(r => r.Status != 200).Sum(r => r.Count);

        Inject();
        var first = await app.SyncAsync();
        struck += Struck();
        TenantEdits.Apply(simulator, seed: 3);
        faults.Clear();
        Inject();
        var second = await app.SyncAsync(new SyncRequest());
        struck = rule is null ? Struck() : struck + Struck(); // the request log counts both cycles
        faults.Clear();
        var reconciled = await app.SyncAsync(new SyncRequest("Reconciliation"));

        Assert.True(first.Succeeded, string.Join("; ", first.Steps.Where(s => s.Error is not null).Select(s => $"{s.Entity}: {s.Error}")));
        Assert.True(second.Succeeded, string.Join("; ", second.Steps.Where(s => s.Error is not null).Select(s => $"{s.Entity}: {s.Error}")));
        Assert.True(reconciled.Succeeded);
        Assert.True(struck >= 5, $"only {struck} requests were hit");
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        Assert.Empty(await MirrorDiff.CompareAsync(simulator.State.Tenant, db, ct));
    }
}
