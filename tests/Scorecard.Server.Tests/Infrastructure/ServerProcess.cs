using System.Diagnostics;
using System.Text;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Runs the real server executable, as a user would, and collects what it printed.</summary>
static class ServerProcess
{
    static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Scorecard.Server.exe" : "Scorecard.Server");

    /// <summary>Serves on a free loopback port with a throwaway database until it exits (a broken setting makes it exit).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IDictionary<string, string> environment)
    {
        var db = Path.Combine(Path.GetTempPath(), $"scorecard-startup-{Guid.NewGuid():N}.db");
        var env = new Dictionary<string, string>(environment);
        env.TryAdd("ConnectionStrings__Scorecard", $"Data Source={db}");
        try
        {
            var result = await RunAsync(["--urls", "http://127.0.0.1:0"], env);
            return (result.ExitCode, result.Stdout + result.Stderr);
        }
        finally
        {
            File.Delete(db);
        }
    }

    /// <summary>Runs the executable with these arguments to its end (at most a minute), feeding <paramref name="stdin"/>.</summary>
    public static async Task<ProcessResult> RunAsync(string[] args, IDictionary<string, string> environment, string? stdin = null)
    {
        using var process = Process.Start(StartInfo(args, environment, redirectInput: true))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a server that keeps running; dispose it to stop it.</summary>
    public static ServerUnderTest Start(string[] args, IDictionary<string, string> environment) =>
        new(Process.Start(StartInfo(args, environment, redirectInput: false))!);

    static ProcessStartInfo StartInfo(string[] args, IDictionary<string, string> environment, bool redirectInput)
    {
        var start = new ProcessStartInfo(Executable, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        return start;
    }
}

public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A server process that keeps running: read its lines as they come, then stop it.</summary>
public sealed class ServerUnderTest : IDisposable
{
    readonly Process process;
    readonly List<string> lines = [];
    readonly SemaphoreSlim newLine = new(0);

    public ServerUnderTest(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>The first line that starts with <paramref name="prefix"/>, waiting for it up to the timeout.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            lock (lines)
            {
                if (lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } found)
                {
                    return found;
                }
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({process.ExitCode}) before printing '{prefix}':\n{Output}");
            }

            try
            {
                await newLine.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No line starting with '{prefix}' within {timeout}:\n{Output}");
            }
        }
    }

    void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }

        newLine.Release();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
