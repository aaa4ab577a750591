using Scorecard.Server.Auth;
using Scorecard.Server.Autotask;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Exports;
using Scorecard.Server.Reports;
using Scorecard.Server.Sync;

namespace Scorecard.Server;

/// <summary>What both the server and the command line's verbs are made of.</summary>
static class ScorecardServices
{
    public static WebApplicationBuilder AddScorecardServices(this WebApplicationBuilder builder)
    {
        builder.AddScorecardConfiguration();
        var mode = builder.AddAutotaskSource();
        builder.AddScorecardDatabase();
        builder.AddScorecardSync(mode);
        builder.AddScorecardReports();
        builder.AddScorecardExports();
        builder.AddScorecardAuth();
        return builder;
    }
}
