using System.Diagnostics;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Runs the real server executable, as a user would, and collects what it printed.</summary>
static class ServerProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IDictionary<string, string> environment)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Scorecard.Server.exe" : "Scorecard.Server");
        var db = Path.Combine(Path.GetTempPath(), $"scorecard-startup-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo(exe, ["--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ConnectionStrings__Scorecard"] = $"Data Source={db}";
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
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
        finally
        {
            File.Delete(db);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
