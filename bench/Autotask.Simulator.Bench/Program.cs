using System.Diagnostics;
using Autotask.Simulator.Demo;

foreach (var scale in new[] { DemoScale.Demo, DemoScale.Large, DemoScale.Xl })
{
    GC.Collect();
    var before = GC.GetTotalMemory(true);
    var sw = Stopwatch.StartNew();
    var t = DemoTenantGenerator.Generate(new DemoSettings(42, scale, new DateTime(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
    sw.Stop();
    var after = GC.GetTotalMemory(true);
    Console.WriteLine($"{scale}: {t.Tickets.RowCount} tickets, {t.TimeEntries.RowCount} entries, {sw.Elapsed.TotalSeconds:0.0}s, retained {(after - before) / 1e6:0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
    GC.KeepAlive(t);
}
