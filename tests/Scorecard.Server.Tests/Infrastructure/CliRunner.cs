namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Runs <c>scorecard &lt;verb&gt;</c> as a real process against one throwaway SQLite database, kept across runs.</summary>
public sealed class CliRunner : IDisposable
{
    readonly Dictionary<string, string> environment;

    public CliRunner(IDictionary<string, string>? extra = null)
    {
        DatabaseFile = Path.Combine(Path.GetTempPath(), $"scorecard-cli-{Guid.NewGuid():N}.db");
        environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Scorecard"] = ConnectionString,
            ["Scorecard__Demo__Enabled"] = "false",
            ["Scorecard__TimeZone"] = TestTenant.TimeZone,
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            environment[k] = v;
        }
    }

    public string DatabaseFile { get; }

    public string ConnectionString => $"Data Source={DatabaseFile}";

    public Task<ProcessResult> RunAsync(params string[] args) => ServerProcess.RunAsync(args, environment);

    public Task<ProcessResult> RunWithInputAsync(string stdin, params string[] args) => ServerProcess.RunAsync(args, environment, stdin);

    /// <summary>Points the verbs at a simulated tenant, through the prototype's environment variables.</summary>
    public void UseTenant(global::Autotask.Simulator.SimulatorHost simulator)
    {
        environment["AUTOTASK_USERNAME"] = simulator.Options.UserName;
        environment["AUTOTASK_SECRET"] = simulator.Options.Secret;
        environment["AUTOTASK_INTEGRATION_CODE"] = simulator.Options.IntegrationCode;
        environment["Autotask__DiscoveryUrl"] = simulator.BaseUrl.ToString();
    }

    public void Set(string variable, string value) => environment[variable] = value;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
        {
            File.Delete(f);
        }
    }
}
