using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Scorecard.Sync.Bench;

/// <summary>A PostgreSQL cluster in a temporary folder from the installed server binaries, on a free loopback port, removed at the end.</summary>
sealed class ThrowawayPostgres : IAsyncDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), $"scorecard-bench-pg-{Guid.NewGuid():N}");
    readonly string bin;
    readonly bool asPostgres = Environment.UserName == "root";
    int port;

    ThrowawayPostgres(string bin) => this.bin = bin;

    public string ConnectionString => $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=scorecard_bench;SSL Mode=Disable";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries are not installed (apt-get install postgresql).");
        var pg = new ThrowawayPostgres(bin);
        Directory.CreateDirectory(pg.folder);
        if (pg.asPostgres)
        {
            await Run("chown", ["-R", "postgres:postgres", pg.folder], false);
        }

        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            pg.port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var data = Path.Combine(pg.folder, "data");
        await Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], pg.asPostgres);
        // Durable commits, as a real server has them: the benchmark should not flatter PostgreSQL.
        await Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(pg.folder, "server.log"), "-w", "start", "-o",
            $"-c listen_addresses=127.0.0.1 -p {pg.port.ToString(CultureInfo.InvariantCulture)} -k {pg.folder}"], pg.asPostgres);
        await Run(Path.Combine(bin, "createdb"), ["-h", "127.0.0.1", "-p", pg.port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "scorecard_bench"], pg.asPostgres);
        return pg;
    }

    public async ValueTask DisposeAsync()
    {
        await Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], asPostgres, throwOnError: false);
        Directory.Delete(folder, recursive: true);
    }

    static async Task Run(string file, string[] args, bool asPostgres, bool throwOnError = true)
    {
        var start = asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {await output}{await error}");
        }
    }
}
