using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Autotask.Simulator.Demo;

namespace Autotask.Simulator.Bench;

/// <summary>
/// Pages through Tickets and TimeEntries of an in-process simulator over loopback HTTP, following
/// <c>nextPageUrl</c> with POST and, separately, with the id-cursor style (<c>id gt lastId</c>).
/// </summary>
static class PagingBench
{
    public static async Task<List<string>> RunAsync(DemoScale scale, int maxPages)
    {
        var options = new SimulatorOptions { Scale = scale, Clock = new FixedClock(GenerationBench.Now), HourlyRequestThreshold = int.MaxValue };
        await using var host = await SimulatorHost.StartAsync(options);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl, "ATServicesRest/V1.0/") };
        http.DefaultRequestHeaders.Add("UserName", options.UserName);
        http.DefaultRequestHeaders.Add("Secret", options.Secret);
        http.DefaultRequestHeaders.Add("ApiIntegrationCode", options.IntegrationCode);

        // Start each scale from a clean heap: the tenants generated before are garbage to collect first.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var lines = new List<string>();
        foreach (var entity in new[] { "Tickets", "TimeEntries" })
        {
            await NextPageUrl(http, entity, 20); // warm up the JIT on both paths
            await IdCursor(http, entity, 20);
            lines.Add(Line(scale, entity, "nextPageUrl", await NextPageUrl(http, entity, maxPages)));
            lines.Add(Line(scale, entity, "id cursor", await IdCursor(http, entity, maxPages)));
        }

        return lines;
    }

    static async Task<Result> NextPageUrl(HttpClient http, string entity, int maxPages)
    {
        const string body = """{"filter":[{"op":"gte","field":"id","value":0}],"MaxRecords":500}""";
        var watch = Stopwatch.StartNew();
        var (records, pages, bytes) = (0, 0, 0L);
        string? url = $"{entity}/query";
        while (url is not null && pages < maxPages)
        {
            var (count, next, size) = await Page(http, url, body);
            (records, pages, bytes, url) = (records + count, pages + 1, bytes + size, next);
        }

        return new Result(records, pages, bytes, watch.Elapsed);
    }

    static async Task<Result> IdCursor(HttpClient http, string entity, int maxPages)
    {
        var watch = Stopwatch.StartNew();
        var (records, pages, bytes, lastId) = (0, 0, 0L, 0L);
        while (pages < maxPages)
        {
            var body = $$"""{"filter":[{"op":"gt","field":"id","value":{{lastId}}}],"MaxRecords":500}""";
            using var response = await http.PostAsync($"{entity}/query", new StringContent(body, Encoding.UTF8, "application/json"));
            var raw = await response.Content.ReadAsByteArrayAsync();
            using var doc = JsonDocument.Parse(raw);
            var items = doc.RootElement.GetProperty("items");
            (records, pages, bytes) = (records + items.GetArrayLength(), pages + 1, bytes + raw.Length);
            if (items.GetArrayLength() < 500)
            {
                break;
            }

            lastId = items[items.GetArrayLength() - 1].GetProperty("id").GetInt64();
        }

        return new Result(records, pages, bytes, watch.Elapsed);
    }

    static async Task<(int Count, string? Next, long Bytes)> Page(HttpClient http, string url, string body)
    {
        using var response = await http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var raw = await response.Content.ReadAsByteArrayAsync();
        using var doc = JsonDocument.Parse(raw);
        var details = doc.RootElement.GetProperty("pageDetails");
        return (details.GetProperty("count").GetInt32(), details.GetProperty("nextPageUrl").GetString(), raw.Length);
    }

    static string Line(DemoScale scale, string entity, string style, Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{scale.ToString().ToLowerInvariant(),-6} {entity,-12} {style,-13} {r.Records,9:N0} {r.Pages,6} {r.Elapsed.TotalSeconds,8:0.00} " +
        $"{r.Records / r.Elapsed.TotalSeconds,10:N0} {r.Bytes / 1e6 / r.Elapsed.TotalSeconds,7:0.0}");

    sealed record Result(int Records, int Pages, long Bytes, TimeSpan Elapsed);

    /// <summary>A clock frozen at the generation instant, so every run serves the same tenant.</summary>
    sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
