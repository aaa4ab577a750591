using System.Diagnostics;
using System.Globalization;
using Autotask.Simulator.Demo;

namespace Autotask.Simulator.Bench;

/// <summary>Generates one scale and reports its size, time and memory.</summary>
static class GenerationBench
{
    public static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    public static string Run(DemoScale scale)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var tenant = DemoTenantGenerator.Generate(new DemoSettings(42, scale, Now, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        using var process = Process.GetCurrentProcess();
        var others = tenant.Tables.Values.Sum(t => t.RowCount) - tenant.Tickets.RowCount - tenant.TimeEntries.RowCount;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{scale.ToString().ToLowerInvariant(),-6} {tenant.Tickets.RowCount,10:N0} {tenant.TimeEntries.RowCount,13:N0} {others,11:N0} {watch.Elapsed.TotalSeconds,8:0.0} " +
            $"{retained / 1e6,12:N0} {allocated / 1e6,13:N0} {process.PeakWorkingSet64 / 1e6,11:N0}");
        GC.KeepAlive(tenant);
        return line;
    }
}
