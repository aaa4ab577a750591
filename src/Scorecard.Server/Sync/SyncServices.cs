using Microsoft.Extensions.Options;
using Scorecard.Server.Autotask;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Sync.Deletions;
using Scorecard.Server.Sync.Locking;
using Scorecard.Server.Sync.Steps;
using Scorecard.Server.Sync.Storage;
using Scorecard.Server.Sync.Webhooks;

namespace Scorecard.Server.Sync;

static class SyncServices
{
    public static WebApplicationBuilder AddScorecardSync(this WebApplicationBuilder builder, AutotaskMode mode)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<ScorecardOptions>, SyncOptionsValidator>();
        services.AddSingleton<SyncRunner>();
        services.AddSingleton<SyncTrigger>();
        services.AddScoped<Features.Sync.SyncControl>();
        services.AddSingleton<SyncTotals>();
        services.AddSingleton<SyncStates>();
        services.AddSingleton<SyncCalendar>();
        services.AddSingleton<SyncStorage>();
        services.AddSingleton<PagedLoad>();
        services.AddSingleton<SyncEntities>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookCheckMemo>();
        services.AddSingleton<TicketRefreshQueue>();
        services.AddSingleton<BulkUpsert>(sp => sp.GetRequiredService<DatabaseInfo>().Kind == DatabaseKind.Postgres
            ? new PostgresBulkUpsert() : new SqliteBulkUpsert());
        services.AddSingleton<ISyncLock>(sp => sp.GetRequiredService<DatabaseInfo>().Kind == DatabaseKind.Postgres
            ? new PostgresAdvisoryLock(ConnectionString(sp), sp.GetRequiredService<ILogger<PostgresAdvisoryLock>>())
            : new ProcessSyncLock());
        if (mode == AutotaskMode.NotConfigured)
        {
            return builder;
        }

        services.AddScoped<SyncParts>();
        services.AddScoped<TicketRefresh>();
        services.AddHostedService<TicketRefreshWorker>();

        // Order matters: labels and people first, then tickets before what hangs off them (deletions,
        // SLA results, time), then the slower checks.
        services.AddScoped<ISyncStep, PicklistStep>();
        services.AddScoped<ISyncStep, RoleStep>();
        services.AddScoped<ISyncStep, ResourceStep>();
        services.AddScoped<ISyncStep, QueueMembershipStep>();
        services.AddScoped<ISyncStep, CompanyStep>();
        services.AddScoped<ISyncStep, ContactStep>();
        services.AddScoped<ISyncStep, ContractStep>();
        services.AddScoped<ISyncStep, BillingCodeStep>();
        services.AddScoped<ISyncStep, TicketCategoryStep>();
        services.AddScoped<ISyncStep, ProjectStep>();
        services.AddScoped<ISyncStep, TaskStep>();
        services.AddScoped<ISyncStep, TicketStep>();
        services.AddScoped<ISyncStep, DeletedTicketLogStep>();
        services.AddScoped<ISyncStep, SlaResultStep>();
        services.AddScoped<ISyncStep, TimeEntryStep>();
        services.AddScoped<ISyncStep, DeletedTicketActivityLogStep>();
        services.AddScoped<ISyncStep, DeletedTaskActivityLogStep>();
        services.AddScoped<ISyncStep, ReconciliationStep>();
        services.AddScoped<ISyncStep, WebhookRegistrationStep>();
        if (builder.Configuration.GetValue("Scorecard:Sync:Enabled", true))
        {
            services.AddHostedService<SyncWorker>();
        }

        return builder;
    }

    static string ConnectionString(IServiceProvider sp)
    {
        using var db = sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)
            ?? throw new InvalidOperationException("The database has no connection string.");
    }
}
