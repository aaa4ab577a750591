using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data;

/// <summary>
/// The Scorecard database. One subclass per provider (<see cref="SqliteScorecardDbContext"/>,
/// <see cref="PostgresScorecardDbContext"/>) gives each its own migrations. Users and roles are
/// ASP.NET Core Identity's tables in the same database, and so are the data-protection keys that
/// sign cookies and antiforgery tokens, so several instances on one database accept each other's.
/// </summary>
public abstract class ScorecardDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<TicketRow> Tickets => Set<TicketRow>();
    public DbSet<TimeEntryRow> TimeEntries => Set<TimeEntryRow>();
    public DbSet<PicklistRow> Picklists => Set<PicklistRow>();
    public DbSet<SyncStateRow> SyncStates => Set<SyncStateRow>();
    public DbSet<ResourceRow> Resources => Set<ResourceRow>();
    public DbSet<CompanyRow> Companies => Set<CompanyRow>();
    public DbSet<ResourceRoleQueueRow> ResourceRoleQueues => Set<ResourceRoleQueueRow>();
    public DbSet<DataVersionRow> DataVersions => Set<DataVersionRow>();
    public DbSet<TimeSummaryRow> TimeSummaries => Set<TimeSummaryRow>();
    public DbSet<TimeWeekSummaryRow> TimeWeekSummaries => Set<TimeWeekSummaryRow>();
    public DbSet<SummaryStateRow> SummaryStates => Set<SummaryStateRow>();
    public DbSet<TicketChangeRow> TicketChanges => Set<TicketChangeRow>();
    public DbSet<TicketPeriodTotalsRow> TicketPeriodTotals => Set<TicketPeriodTotalsRow>();
    public DbSet<TicketWeekSummaryRow> TicketWeekSummaries => Set<TicketWeekSummaryRow>();
    public DbSet<ScorecardRow> Scorecards => Set<ScorecardRow>();
    public DbSet<MeasurableRow> Measurables => Set<MeasurableRow>();
    public DbSet<ScorecardSeedRow> ScorecardSeeds => Set<ScorecardSeedRow>();
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ContactRow> Contacts => Set<ContactRow>();
    public DbSet<ContractRow> Contracts => Set<ContractRow>();
    public DbSet<ProjectRow> Projects => Set<ProjectRow>();
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<BillingCodeRow> BillingCodes => Set<BillingCodeRow>();
    public DbSet<TicketCategoryRow> TicketCategories => Set<TicketCategoryRow>();
    public DbSet<RoleRow> AutotaskRoles => Set<RoleRow>();
    public DbSet<SlaResultRow> SlaResults => Set<SlaResultRow>();
    public DbSet<WebhookStateRow> WebhookStates => Set<WebhookStateRow>();
    public DbSet<WebhookEventRow> WebhookEvents => Set<WebhookEventRow>();
    public DbSet<WeeklyEmailSendRow> WeeklyEmailSends => Set<WeeklyEmailSendRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite would otherwise hand back DateTimeKind.Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(12, 4);
    }

    // Identity's tables first, then one IEntityTypeConfiguration per table, in Configurations/.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ScorecardDbContext).Assembly);
    }
}

sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

public sealed class SqliteScorecardDbContext(DbContextOptions<SqliteScorecardDbContext> options) : ScorecardDbContext(options);

public sealed class PostgresScorecardDbContext(DbContextOptions<PostgresScorecardDbContext> options) : ScorecardDbContext(options);
