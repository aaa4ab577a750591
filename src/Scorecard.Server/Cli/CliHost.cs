using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Configuration;
using Scorecard.Server.Autotask;
using Scorecard.Server.Data;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary>
/// The server's services without the web server, for the operator verbs: the same settings,
/// database, Autotask connection, sync steps and accounts as <c>serve</c>. Nothing runs in the
/// background (no scheduled sync); the demo tenant is started only when a verb needs Autotask.
/// </summary>
sealed class CliHost : IAsyncDisposable
{
    readonly WebApplication app;

    CliHost(WebApplication app) => this.app = app;

    public IServiceProvider Services => app.Services;

    public AutotaskMode Mode => app.Services.GetRequiredService<AutotaskStatus>().Mode;

    public static async Task<CliHost> StartAsync(bool migrate, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Scorecard:Sync:Enabled"] = "false" });
        builder.AddScorecardServices();
        var app = builder.Build();
        app.ValidateSettings();
        if (migrate)
        {
            await app.MigrateScorecardDatabaseAsync();
        }

        return new CliHost(app);
    }

    /// <summary>Starts the built-in demo tenant when there are no credentials; a configured tenant needs nothing.</summary>
    public async Task StartAutotaskAsync(CancellationToken ct)
    {
        if (app.Services.GetService<DemoTenantService>() is { } demo)
        {
            await demo.StartAsync(ct);
        }
    }

    public async Task<ScorecardDbContext> DbAsync(CancellationToken ct) =>
        await app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContextAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (app.Services.GetService<DemoTenantService>() is { } demo)
        {
            await demo.DisposeAsync();
        }

        await app.DisposeAsync();
    }

    /// <summary>Tables stay readable when the output goes to a file or a pipe.</summary>
    public static void PrepareConsole()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
    }
}
