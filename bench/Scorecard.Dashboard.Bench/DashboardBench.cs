using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Scorecard.Dashboard.Bench;

// Usage: dotnet run -c Release --project bench/Scorecard.Dashboard.Bench [-- demo large] [--history-days 100] [--runs 7]
// For each tenant scale: sync once, then open /scorecard in a fresh Chromium context (nothing cached in the browser):
// the first load also computes the report (server cache cold); later loads are served from the report cache.
static class DashboardBench
{
    public static async Task Main(string[] args)
    {
        var scales = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).DefaultIfEmpty("demo").ToList();
        if (scales.Count == 1 && scales[0] == "demo" && !args.Contains("demo"))
        {
            scales = ["demo", "large"];
        }

        var historyDays = Option(args, "--history-days", 100);
        var runs = Option(args, "--runs", 7);
        Console.WriteLine($"Scorecard dashboard bench: {Environment.ProcessorCount} cores, history {historyDays} days, {runs} warm runs, Chromium {ChromiumPath()}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        foreach (var scale in scales)
        {
            await using var server = new BenchServer(scale, historyDays);
            var started = Stopwatch.StartNew();
            var baseUrl = server.Start();
            var sync = await server.SyncAsync();
            Console.WriteLine($"\n[{scale}] started and synced in {started.Elapsed.TotalSeconds:0.0} s: " +
                string.Join(", ", sync.GroupBy(s => s.Entity).Select(g => $"{g.Key} {g.Sum(s => s.Records):N0}{(g.All(s => s.Error is null) ? "" : " FAILED")}")));

            var cold = await LoadAsync(browser, baseUrl);
            Console.WriteLine($"[{scale}] cold (report computed): grid rendered in {cold.Ms:0} ms, {cold.Requests} requests, {cold.WireBytes / 1024.0:0.0} KiB over the wire");
            var warm = new List<Load>();
            for (var i = 0; i < runs; i++)
            {
                warm.Add(await LoadAsync(browser, baseUrl));
            }

            var ms = warm.Select(w => w.Ms).Order().ToList();
            Console.WriteLine($"[{scale}] warm (report cached): grid rendered p50 {ms[ms.Count / 2]:0} ms, min {ms[0]:0} ms, max {ms[^1]:0} ms");
            Console.WriteLine($"[{scale}] page weight (fresh browser cache): {warm[0].WireBytes / 1024.0:0.0} KiB over the wire, {warm[0].BodyBytes / 1024.0:0.0} KiB decoded");
            foreach (var (type, wire, body) in warm[0].ByType)
            {
                Console.WriteLine($"    {type,-12} {wire / 1024.0,8:0.0} KiB wire {body / 1024.0,8:0.0} KiB decoded");
            }
        }
    }

    static async Task<Load> LoadAsync(IBrowser browser, Uri baseUrl)
    {
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1440, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {BenchServer.ApiKey}" },
        });
        var page = await context.NewPageAsync();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, r) => finished.Add(r);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(baseUrl, "/scorecard").ToString(), new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await page.Locator("#scorecard td.cell").First.WaitForAsync(new() { Timeout = 120_000 });
        var ms = clock.Elapsed.TotalMilliseconds;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 30_000 }).ContinueWith(_ => { });
        var rows = new List<(string Type, long Wire, long Body)>();
        foreach (var r in finished.ToList())
        {
            var sizes = await r.SizesAsync();
            var body = r.Url.Contains("/api/v1/events", StringComparison.Ordinal) ? 0 : (await (await r.ResponseAsync())!.BodyAsync()).LongLength;
            rows.Add((r.ResourceType, sizes.ResponseBodySize + sizes.ResponseHeadersSize, body));
        }

        var byType = rows.GroupBy(r => r.Type).Select(g => (g.Key, g.Sum(r => r.Wire), g.Sum(r => r.Body))).OrderByDescending(t => t.Item2).ToList();
        return new Load(ms, rows.Count, rows.Sum(r => r.Wire), rows.Sum(r => r.Body), byType);
    }


    static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }


    static string ChromiumPath() => File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : throw new InvalidOperationException("Install Debian's chromium (apt-get install chromium).");
}

sealed record Load(double Ms, int Requests, long WireBytes, long BodyBytes, List<(string Type, long Wire, long Body)> ByType);
