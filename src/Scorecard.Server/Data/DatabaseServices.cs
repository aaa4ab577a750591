using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Scorecard.Server.Data;

static class DatabaseServices
{
    public static WebApplicationBuilder AddScorecardDatabase(this WebApplicationBuilder builder)
    {
        var (kind, cs) = DatabaseProvider.Detect(builder.Configuration.GetConnectionString("Scorecard"));
        var services = builder.Services;
        services.AddSingleton(new DatabaseInfo(kind));
        if (kind == DatabaseKind.Sqlite)
        {
            EnsureSqliteFolder(cs);
            services.AddDbContextFactory<SqliteScorecardDbContext>(o => o.UseSqlite(cs));
            services.AddSingleton<IDbContextFactory<ScorecardDbContext>, ScorecardDbFactory<SqliteScorecardDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<PostgresScorecardDbContext>(o => o.UseNpgsql(cs));
            services.AddSingleton<IDbContextFactory<ScorecardDbContext>, ScorecardDbFactory<PostgresScorecardDbContext>>();
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext());
        return builder;
    }

    /// <summary>Applies migrations at start-up (logged; <c>Scorecard:Database:MigrateOnStartup=false</c> turns it off).</summary>
    public static async Task MigrateScorecardDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Scorecard:Database:MigrateOnStartup", true))
        {
            return;
        }

        var factory = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            app.Logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets the dashboard read while a sync writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // A database from before the summary tables (or with an older format) gets them built once, here,
        // before anything reads them: never an empty summary beside millions of raw rows.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (await Summaries.TimeSummary.EnsureBuiltAsync(db, CancellationToken.None))
        {
            app.Logger.LogInformation("Built the time summary from the raw time entries in {Seconds:F1} s",
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (await Summaries.TicketWeekSummary.EnsureBuiltAsync(db, app.Services.GetRequiredService<Scorecard.Periods.ReportingCalendar>(), CancellationToken.None))
        {
            app.Logger.LogInformation("Built the weekly ticket summary from the raw tickets in {Seconds:F1} s",
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    static void EnsureSqliteFolder(string cs)
    {
        var file = new SqliteConnectionStringBuilder(cs).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

public sealed record DatabaseInfo(DatabaseKind Kind)
{
    public string Name => Kind == DatabaseKind.Sqlite ? "sqlite" : "postgresql";
}

/// <summary>Hands out the provider's context as the common <see cref="ScorecardDbContext"/>.</summary>
sealed class ScorecardDbFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ScorecardDbContext>
    where TContext : ScorecardDbContext
{
    public ScorecardDbContext CreateDbContext() => inner.CreateDbContext();
}
