using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Definitions;
using Scorecard.Periods;
using Scorecard.Reports;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Data.Summaries;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Reports;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Reports;

/// <summary>
/// The real server without Autotask, on SQLite or a throwaway PostgreSQL database, with rows a
/// test writes straight into the tables (the data version bumped and every period marked changed, as the sync does for what it writes).
/// </summary>
public sealed class ReportDatabase : IAsyncDisposable
{
    ReportDatabase(ScorecardApp app, FakeTimeProvider clock)
    {
        App = app;
        Clock = clock;
    }

    public ScorecardApp App { get; }

    public FakeTimeProvider Clock { get; }

    public ReportService Reports => App.Services.GetRequiredService<ReportService>();

    public ReportingCalendar Calendar => Reports.Calendar;

    public ScorecardStore Store => App.Services.GetRequiredService<ScorecardStore>();

    public static async Task<ReportDatabase> StartAsync(PostgresServer postgres, string provider, string zone, DateTimeOffset now,
        IDictionary<string, string?>? settings = null)
    {
        var connection = provider == "postgres" ? await postgres.CreateDatabaseAsync() : null;
        var clock = new FakeTimeProvider(now);
        var extra = new Dictionary<string, string?>
        {
            ["Scorecard:Demo:Enabled"] = "false",
            ["Scorecard:TimeZone"] = zone,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            extra[k] = v;
        }

        var app = new ScorecardApp(null, clock, connection, extra);
        _ = app.Services; // starts the host: migrations run
        return new ReportDatabase(app, clock);
    }

    public ScorecardDbContext CreateDb() => App.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();

    /// <summary>
    /// Writes rows and bumps the data version in one transaction, as a sync batch does. The rows bypass the
    /// sync, so the time summary and the weekly ticket summary are rebuilt from them in the same transaction, as the sync keeps them.
    /// </summary>
    public async Task AddAsync(params object[] rows)
    {
        await using var db = CreateDb();
        await using var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        db.AddRange(rows);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await TimeSummary.RebuildAsync(db, TestContext.Current.CancellationToken);
        await TicketWeekSummary.RebuildAsync(db, Calendar, TestContext.Current.CancellationToken);
        await DataVersion.BumpAsync(db, Clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
        await TicketChanges.EverythingChangedAsync(db, Clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
        await tx.CommitAsync(TestContext.Current.CancellationToken);
    }

    public async Task DeleteTimeEntryAsync(long id)
    {
        await using var db = CreateDb();
        await db.TimeEntries.Where(e => e.Id == id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        await TimeSummary.RebuildAsync(db, TestContext.Current.CancellationToken);
        await DataVersion.BumpAsync(db, Clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
    }

    public Task<ScorecardDefinition> CreateAsync(ScorecardDefinition definition) => Store.CreateAsync(definition, TestContext.Current.CancellationToken);

    public Task<Report> ReportAsync(ScorecardDefinition definition, params Period[] periods) =>
        Reports.ReportAsync(definition, periods, TestContext.Current.CancellationToken);

    public static TicketRow Ticket(long id, DateTime created, DateTime? completed = null, int queue = 1, int? technician = null) => new()
    {
        Id = id,
        TicketNumber = $"T{id}",
        Title = $"Ticket {id}",
        Status = completed is null ? 1 : 5,
        Priority = 2,
        QueueId = queue,
        CompanyId = 0,
        CreateDate = created,
        CompletedDate = completed,
        AssignedResourceId = technician,
        CompletedByResourceId = completed is null ? null : technician,
        SyncedAt = created,
    };

    public static TimeEntryRow Time(long id, int resource, DateOnly date, decimal hours, bool billable = true, long? ticket = null) => new()
    {
        Id = id,
        ResourceId = resource,
        TicketId = (int?)ticket,
        DateWorked = date,
        HoursWorked = hours,
        IsNonBillable = !billable,
        SyncedAt = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    public static PicklistRow Queue(int id, string label) => new() { Entity = "Tickets", Field = "queueID", Value = id, Label = label, IsActive = true, SortOrder = id };

    public static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
