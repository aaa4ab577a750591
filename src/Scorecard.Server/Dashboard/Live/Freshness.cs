using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Autotask;
using Scorecard.Server.Caching;
using Scorecard.Server.Data;

namespace Scorecard.Server.Dashboard.Live;

/// <summary>
/// How fresh the numbers on screen are: when the last sync finished, and whether the latest attempt
/// failed (then the page says so and keeps showing the last good data).
/// </summary>
public sealed record Freshness(DateTime? SyncedUtc, bool Failing, string? Problem, bool NotConfigured, long DataVersion)
{
    /// <summary>"synced 2 min ago", from the server's clock (the page's script keeps it moving).</summary>
    public string Ago(DateTime nowUtc) => SyncedUtc is not { } at ? "not synced yet" : "synced " + Relative(nowUtc - at);

    public static string Relative(TimeSpan age) => age.TotalSeconds switch
    {
        < 45 => "just now",
        < 90 => "1 min ago",
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(age.TotalMinutes)} min ago"),
        < 5400 => "1 hour ago",
        < 86400 => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(age.TotalHours)} hours ago"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(age.TotalDays)} days ago"),
    };
}

/// <summary>
/// Reads <see cref="Freshness"/> from the sync state the sync keeps per entity: the data's age as <see cref="Sync.DataAge"/>
/// measures it, and the last error <see cref="Sync.SyncStates"/> recorded (cleared by the entity's next success).
/// Every page shows it, so concurrent page views share one read (<see cref="SharedRead{T}"/>).
/// </summary>
public sealed class FreshnessReader(IDbContextFactory<ScorecardDbContext> dbFactory, AutotaskStatus autotask)
{
    readonly SharedRead<Freshness> shared = new(ct => ReadNowAsync(dbFactory, autotask, ct));

    public Task<Freshness> ReadAsync(CancellationToken ct) => shared.GetAsync(ct);

    static async Task<Freshness> ReadNowAsync(IDbContextFactory<ScorecardDbContext> dbFactory, AutotaskStatus autotask, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var states = await db.SyncStates.AsNoTracking().ToListAsync(ct);
        var version = (await DataVersion.ReadAsync(db, ct)).Version;
        // The age of the numbers is the age the API reports (data_age_seconds): every change up to then is in the database.
        var synced = Sync.DataAge.AsOf(states);
        var failed = states.Where(s => s.LastError is not null).OrderBy(s => s.Entity).FirstOrDefault();
        return new Freshness(synced, failed is not null, failed is null ? null : $"{failed.Entity}: {failed.LastError}",
            autotask.Mode == AutotaskMode.NotConfigured, version);
    }
}
