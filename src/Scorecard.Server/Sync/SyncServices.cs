using Scorecard.Server.Autotask;

namespace Scorecard.Server.Sync;

static class SyncServices
{
    public static WebApplicationBuilder AddScorecardSync(this WebApplicationBuilder builder, AutotaskMode mode)
    {
        builder.Services.AddSingleton<SyncRunner>();
        if (mode == AutotaskMode.NotConfigured)
        {
            return builder;
        }

        // Order matters: labels first, then tickets, then the time logged on them.
        builder.Services.AddScoped<ISyncStep, PicklistSync>();
        builder.Services.AddScoped<ISyncStep, TicketSync>();
        builder.Services.AddScoped<ISyncStep, TimeEntrySync>();
        if (builder.Configuration.GetValue("Scorecard:Sync:Enabled", true))
        {
            builder.Services.AddHostedService<SyncWorker>();
        }

        return builder;
    }
}
