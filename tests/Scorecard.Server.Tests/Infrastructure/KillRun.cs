using System.Text.Json;
using Autotask.Simulator;
using Scorecard.Server.Data;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// The kill run: the real server SIGKILLed at random points of its first load and of incremental cycles
/// (while Autotask keeps changing), restarted each time, then compared with the simulator field by field.
/// The short run is a test; the long run is <c>bench/Scorecard.Sync.Bench kill</c>.
/// </summary>
public sealed class KillRun(SimulatorHost simulator, string serverFolder, IReadOnlyDictionary<string, string> environment,
    Func<ScorecardDbContext> database, int seed, Action<string> log)
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2), SyncTimeout = TimeSpan.FromMinutes(10);

    public sealed record Outcome(int LoadKills, int ReloadKills, int IncrementalKills, int Changes, IReadOnlyDictionary<string, int> Rows, IReadOnlyList<string> Differences);

    /// <summary>
    /// Kills the first load <paramref name="loadKills"/> times within <paramref name="loadKillWindow"/> of each start, full
    /// reloads (asked for through the API) <paramref name="reloadKills"/> times, then incremental cycles <paramref name="incrementalKills"/> times.
    /// </summary>
    public async Task<Outcome> RunAsync(int loadKills, TimeSpan loadKillWindow, int reloadKills, int incrementalKills, CancellationToken ct)
    {
        var rnd = new Random(seed);
        var changes = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Log(string line) => log($"[{clock.Elapsed.TotalSeconds,5:0.0} s] {line}");
        for (var i = 1; i <= loadKills; i++)
        {
            await using var server = await StartAsync(ct);
            var after = TimeSpan.FromMilliseconds(rnd.Next(50, (int)loadKillWindow.TotalMilliseconds));
            await Task.Delay(after, ct);
            var status = await StatusOrNullAsync(server, ct);
            server.Kill();
            Log($"load kill {i}/{loadKills} after {after.TotalMilliseconds:0} ms: {Progress(status)}");
        }

        await using (var server = await StartAsync(ct))
        {
            await server.WaitForAsync(RunningServer.FirstLoadDone, SyncTimeout, ct);
            Log("first load complete");
        }

        for (var i = 1; i <= reloadKills; i++)
        {
            await using var server = await StartAsync(ct);
            await server.WaitForAsync(s => s.GetProperty("cycles_completed").GetInt32() >= 1, SyncTimeout, ct);
            changes += TenantEdits.Apply(simulator, seed * 1000 + i).Changes;
            await server.RequestFullSyncAsync(ct);
            var after = TimeSpan.FromMilliseconds(rnd.Next(50, (int)loadKillWindow.TotalMilliseconds));
            await Task.Delay(after, ct);
            var status = await StatusOrNullAsync(server, ct);
            server.Kill();
            Log($"full reload kill {i}/{reloadKills} after {after.TotalMilliseconds:0} ms: {Progress(status)}");
        }

        if (reloadKills > 0)
        {
            await using var server = await StartAsync(ct);
            await server.WaitForAsync(RunningServer.FirstLoadDone, SyncTimeout, ct);
            Log("full reload complete");
        }

        for (var i = 1; i <= incrementalKills; i++)
        {
            await using var server = await StartAsync(ct);
            changes += TenantEdits.Apply(simulator, seed * 100 + i).Changes;
            await server.RequestSyncAsync(null, ct);
            var after = TimeSpan.FromMilliseconds(rnd.Next(0, 600));
            await Task.Delay(after, ct);
            server.Kill();
            Log($"incremental kill {i}/{incrementalKills} after {after.TotalMilliseconds:0} ms ({changes} changes so far)");
        }

        await using (var server = await StartAsync(ct))
        {
            // The start-up cycle comes after every change; then a reconciliation finds regular time deleted without a log.
            await server.WaitForAsync(s => Cycles(s) >= 1, SyncTimeout, ct);
            Log("caught up with every change");
            await server.RequestSyncAsync("Reconciliation", ct);
            await server.WaitForAsync(s => Cycles(s) >= 2, SyncTimeout, ct);
            var errors = (await server.SyncStatusAsync(ct)).GetProperty("entities").EnumerateArray()
                .Where(e => e.GetProperty("last_error").ValueKind == JsonValueKind.String)
                .Select(e => $"{e.GetProperty("entity").GetString()}: {e.GetProperty("last_error").GetString()}").ToList();
            foreach (var error in errors)
            {
                Log($"sync error left: {error}");
            }
        }

        Log("reconciled");
        await using var db = database();
        var differences = await MirrorDiff.CompareAsync(simulator.State.Tenant, db, ct);
        return new Outcome(loadKills, reloadKills, incrementalKills, changes, await MirrorDiff.CountsAsync(db, ct), differences);
    }

    Task<RunningServer> StartAsync(CancellationToken ct) => RunningServer.StartAsync(serverFolder, environment, StartTimeout, ct);

    static int Cycles(JsonElement status) => !status.GetProperty("running").GetBoolean() ? status.GetProperty("cycles_completed").GetInt32() : 0;

    static async Task<JsonElement?> StatusOrNullAsync(RunningServer server, CancellationToken ct)
    {
        try
        {
            using var quick = CancellationTokenSource.CreateLinkedTokenSource(ct);
            quick.CancelAfter(TimeSpan.FromSeconds(2));
            return await server.SyncStatusAsync(quick.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    static string Progress(JsonElement? status) => status is not { } s ? "(state not read)" : string.Join(", ", s.GetProperty("entities").EnumerateArray()
        .Where(e => e.GetProperty("entity").GetString() is "Tickets" or "TimeEntries")
        .Select(e => e.GetProperty("backfill") is { ValueKind: JsonValueKind.Object } b
            ? $"{e.GetProperty("entity").GetString()} {(b.GetProperty("complete").GetBoolean() ? "complete" : $"loaded back to {b.GetProperty("loaded_from")}, loading {b.GetProperty("segment")}")}"
            : $"{e.GetProperty("entity").GetString()} first window loading"));
}
