using System.Diagnostics;
using Autotask.Client;
using Autotask.Client.Bench;
using Autotask.Client.Querying;
using Autotask.Simulator;
using Autotask.Simulator.Demo;
using Microsoft.Extensions.DependencyInjection;

// A large query against an in-process simulator, twice: live (client and simulator share the process,
// so allocations include the simulator's), and replayed from recorded responses (the client alone).
var scale = args.Length > 0 && Enum.TryParse<DemoScale>(args[0], true, out var s) ? s : DemoScale.Demo;
var days = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 365;
await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = scale, HistoryDays = days, HourlyRequestThreshold = 1_000_000 });
var tables = simulator.State.Tenant;
Console.WriteLine($"Tenant: {scale}, {days} days: {tables.Tickets.RowCount:N0} tickets, {tables.TimeEntries.RowCount:N0} time entries");

var recorder = new RecordingHandler();
await Measure("Tickets, live (warm-up, recorded)", simulator, recorder, replay: false, c => c.Tickets.QueryAsync(AutotaskFilter.All));
await Measure("Tickets, live", simulator, null, replay: false, c => c.Tickets.QueryAsync(AutotaskFilter.All));
await Measure("Tickets, client only (replayed)", simulator, recorder, replay: true, c => c.Tickets.QueryAsync(AutotaskFilter.All));
await Measure("TimeEntries, live", simulator, null, replay: false, c => c.TimeEntries.QueryAsync(AutotaskFilter.All));

static async Task Measure<T>(string name, SimulatorHost simulator, RecordingHandler? recorder, bool replay, Func<AutotaskClient, IAsyncEnumerable<T>> query)
{
    var services = new ServiceCollection();
    var builder = services.AddAutotaskClient(o =>
    {
        o.UserName = simulator.Options.UserName;
        o.Secret = simulator.Options.Secret;
        o.IntegrationCode = simulator.Options.IntegrationCode;
        o.ZoneUrl = simulator.BaseUrl;
        o.BudgetShare = 1;
    });
    // Counted on the client's side: the simulator's request log is written just after each answer goes out.
    var sent = new RequestCounter();
    builder.AddHttpMessageHandler(() => sent);
    if (recorder is not null)
    {
        recorder.Replay = replay;
        builder.AddHttpMessageHandler(() => recorder.Fresh());
    }

    await using var provider = services.BuildServiceProvider();
    var client = provider.GetRequiredService<AutotaskClient>();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    long records = 0;
    await foreach (var _ in query(client))
    {
        records++;
    }

    clock.Stop();
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var requests = sent.Count;
    var optimum = (long)Math.Ceiling(records / 500.0);
    Console.WriteLine($"{name,-36} {records,9:N0} records  {records / clock.Elapsed.TotalSeconds,10:N0} records/s  " +
        $"{bytes / (double)Math.Max(1, records),8:N0} B/record  {requests,5} requests (optimum ⌈records/500⌉ = {optimum})");
}

sealed class RequestCounter : DelegatingHandler
{
    int count;

    public int Count => count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return base.SendAsync(request, cancellationToken);
    }
}
