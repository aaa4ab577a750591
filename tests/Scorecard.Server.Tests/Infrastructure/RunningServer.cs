using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// The real server executable, started as a user starts it (on a loopback port the system picks), which a
/// test or the benchmark can kill outright (SIGKILL: no shutdown code runs) and whose memory it can read.
/// Also used by <c>bench/Scorecard.Sync.Bench</c>, so it depends on no test framework.
/// </summary>
public sealed partial class RunningServer : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder output = new();
    readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    RunningServer(Process process) => this.process = process;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>What the server printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the server from <paramref name="folder"/> (where Scorecard.Server was built) and waits for its address.</summary>
    public static async Task<RunningServer> StartAsync(string folder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken ct)
    {
        var exe = Path.Combine(folder, OperatingSystem.IsWindows() ? "Scorecard.Server.exe" : "Scorecard.Server");
        var start = new ProcessStartInfo(exe, ["--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Every route but health needs a key: the test's obviously fake admin key, unless the caller set one.
        start.Environment["SCORECARD_API_KEY"] = ScorecardApp.TestApiKey;
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        var server = new RunningServer(Process.Start(start)!);
        server.process.OutputDataReceived += (_, e) => server.Line(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Line(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            server.BaseUrl = await server.address.Task.WaitAsync(timeout, ct);
        }
        catch
        {
            server.Kill();
            throw new InvalidOperationException($"The server did not start within {timeout}:\n{server.Output}");
        }

        server.Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        server.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            start.Environment["SCORECARD_API_KEY"]);
        return server;
    }

    void Line(string? line)
    {
        if (line is null)
        {
            address.TrySetException(new InvalidOperationException("The server exited."));
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (Dashboard().Match(line) is { Success: true } m)
        {
            address.TrySetResult(new Uri(m.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Scorecard dashboard: (http://[^/\s]+)/scorecard")]
    private static partial Regex Dashboard();

    /// <summary>SIGKILL: the process ends at once, mid-transaction if it was in one.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Peak and current resident memory (Linux <c>/proc</c>), in bytes.</summary>
    public (long Peak, long Current) Memory()
    {
        long Read(string key) => File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024).FirstOrDefault();
        return (Read("VmHWM:"), Read("VmRSS:"));
    }

    /// <summary>CPU time the process has used so far (user and system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public async Task<JsonElement> SyncStatusAsync(CancellationToken ct) => await Http.GetFromJsonAsync<JsonElement>("/api/v1/sync", ct);

    /// <summary>Asks for a sync now (optionally one entity) and returns when the server accepted it.</summary>
    public async Task RequestSyncAsync(string? entity, CancellationToken ct)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/sync", new { entity }, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Asks for a full reload of every entity.</summary>
    public async Task RequestFullSyncAsync(CancellationToken ct)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/sync", new { full = true }, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Polls the sync state (every 100 ms) until <paramref name="done"/> holds; a real process offers nothing to await.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> done, TimeSpan timeout, CancellationToken ct)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var status = await SyncStatusAsync(ct);
            if (done(status))
            {
                return status;
            }

            if (until.Elapsed > timeout || process.HasExited)
            {
                throw new TimeoutException($"The sync did not get there within {timeout}. Last state:\n{status}\nOutput:\n{Output}");
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>History complete for tickets and time, and no cycle running.</summary>
    public static bool FirstLoadDone(JsonElement status) =>
        !status.GetProperty("running").GetBoolean() && status.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("entity").GetString() is "Tickets" or "TimeEntries")
            .Count(e => e.GetProperty("backfill").ValueKind == JsonValueKind.Object && e.GetProperty("backfill").GetProperty("complete").GetBoolean()) == 2;

    public async ValueTask DisposeAsync()
    {
        Kill();
        Http?.Dispose();
        process.Dispose();
        await Task.CompletedTask;
    }
}
