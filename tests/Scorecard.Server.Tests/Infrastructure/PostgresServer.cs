using System.Diagnostics;
using System.Globalization;
using Npgsql;

[assembly: AssemblyFixture(typeof(Scorecard.Server.Tests.Infrastructure.PostgresServer))]

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from the installed server binaries (no Docker here): initdb into a
/// temp folder, listen on a free loopback port, stop and delete at the end. Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    string? folder;
    string? pgCtl;
    int port;
    bool asPostgresUser;

    public string? MissingReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            MissingReason = "PostgreSQL server binaries are not installed (apt-get install postgresql).";
            return;
        }

        pgCtl = Path.Combine(bin, "pg_ctl");
        folder = Path.Combine(Path.GetTempPath(), $"scorecard-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // initdb refuses to run as root: the cluster then belongs to the postgres user.
        asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }

        port = LoopbackPort.Free();
        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], asPostgresUser);
        await RunAsync(pgCtl, ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "start", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync=off -c synchronous_commit=off"], asPostgresUser);
    }

    /// <summary>A new empty database; skips (or fails under ./test.sh) when PostgreSQL is missing.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (MissingReason is not null)
        {
            RequiredTools.SkipOrFail(MissingReason);
        }

        var name = $"scorecard_{Guid.NewGuid():N}";
        await using var conn = new NpgsqlConnection(Connection("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return Connection(name);
    }

    string Connection(string database) =>
        $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};SSL Mode=Disable;Gss Encryption Mode=Disable";

    public async ValueTask DisposeAsync()
    {
        if (folder is null || pgCtl is null)
        {
            return;
        }

        await RunAsync(pgCtl, ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], asPostgresUser, throwOnError: false);
        Directory.Delete(folder, recursive: true);
    }

    static async Task RunAsync(string file, string[] args, bool asPostgres, bool throwOnError = true)
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
