using Microsoft.Extensions.Options;
using Scorecard.Server.Caching;
using Scorecard.Server.Configuration;
using Scorecard.Server.Features.ScorecardDefinitions;
using Scorecard.Server.Features.Scorecards;

namespace Scorecard.Server.Reports;

static class ReportServices
{
    public static WebApplicationBuilder AddScorecardReports(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new ReportCache(sp.GetRequiredService<IOptions<ScorecardOptions>>().Value.Reports.FreshWait,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScorecardOptions>>().Value.Capacity.ToCapacity());
        services.AddSharedReads();
        services.AddSingleton<TicketPeriodStore>();
        services.AddHostedService(sp => sp.GetRequiredService<TicketPeriodStore>());
        services.AddSingleton(sp => new TicketPeriodCache(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<TicketPeriodStore>()));
        services.AddSingleton<ReportService>();
        services.AddSingleton<DrillDownService>();
        services.AddSingleton<ReportWarmer>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportWarmer>());
        services.AddSingleton<ScorecardSeeder>();
        services.AddSingleton<ScorecardStore>();
        services.AddScoped<ScorecardResolver>();
        return builder;
    }
}
