using System.Diagnostics;
using System.Text.Json;
using Autotask.Simulator;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Sync.Bench;

/// <summary>
/// The first sync of a fresh database by the real server process, start to history complete: records/s end to
/// end, the share of time storing versus reading, Autotask calls against ⌈records/500⌉, peak and settled memory.
/// </summary>
static class Throughput
{
    public static async Task RunAsync(SimulatorHost simulator, IReadOnlyDictionary<string, string> environment, Func<ScorecardDbContext> database,
        string databaseName, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var server = await RunningServer.StartAsync(AppContext.BaseDirectory, environment, TimeSpan.FromMinutes(5), ct);
        var startedIn = clock.Elapsed;
        var status = await server.WaitForAsync(RunningServer.FirstLoadDone, TimeSpan.FromHours(3), ct);
        var elapsed = clock.Elapsed;
        var serverCpu = server.CpuTime;
        var simulatorCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (peak, _) = server.Memory();
        await Task.Delay(TimeSpan.FromSeconds(10), ct);
        var (_, settled) = server.Memory();

        await using var db = database();
        var rows = await MirrorDiff.CountsAsync(db, ct);
        var records = rows.Values.Sum();
        var entities = status.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("since_start").ValueKind == JsonValueKind.Object).ToList();
        long Sum(string field) => entities.Sum(e => e.GetProperty("since_start").GetProperty(field).GetInt64());
        var busy = Sum("busy_ms");
        var storing = Sum("store_ms");
        var requests = simulator.State.Requests;
        var optimum = rows.Values.Sum(n => (long)Math.Ceiling(n / 500.0));

        Console.WriteLine();
        Console.WriteLine($"Database {databaseName}: {records:N0} records in {elapsed.TotalSeconds:0.0} s from process start " +
            $"(server up in {startedIn.TotalSeconds:0.0} s): {records / elapsed.TotalSeconds:N0} records/s end to end");
        Console.WriteLine($"  sync busy {busy / 1000.0:0.0} s, of which storing {storing / 1000.0:0.0} s ({100.0 * storing / Math.Max(1, busy):0}%), " +
            $"reading {(busy - storing) / 1000.0:0.0} s ({100.0 * (busy - storing) / Math.Max(1, busy):0}%)");
        Console.WriteLine($"  CPU: server {serverCpu.TotalSeconds:0.0} s ({records / serverCpu.TotalSeconds:N0} records per CPU-second), " +
            $"simulator and this process {simulatorCpu.TotalSeconds:0.0} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine($"  Autotask calls: {requests.Total:N0} ({optimum:N0} = Σ⌈rows/500⌉ over the tables)");
        Console.WriteLine($"  memory: peak {peak / 1048576.0:N0} MB, settled {settled / 1048576.0:N0} MB (10 s after)");
        foreach (var e in entities.OrderByDescending(e => e.GetProperty("since_start").GetProperty("records").GetInt64()).Take(6))
        {
            var s = e.GetProperty("since_start");
            Console.WriteLine($"  {e.GetProperty("entity").GetString(),-30} {s.GetProperty("records").GetInt64(),10:N0} records {s.GetProperty("calls").GetInt64(),6:N0} calls " +
                $"busy {s.GetProperty("busy_ms").GetInt64() / 1000.0,6:0.0} s storing {s.GetProperty("store_ms").GetInt64() / 1000.0,6:0.0} s");
        }
    }
}
