using Microsoft.Extensions.Options;
using Scorecard.Periods;

namespace Scorecard.Server.Configuration;

static class ConfigurationServices
{
    public static WebApplicationBuilder AddScorecardConfiguration(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddPrototypeVariables();
        builder.Services.AddOptions<ScorecardOptions>().BindConfiguration(ScorecardOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ScorecardOptions>, ScorecardOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => ReportingCalendar.ForZone(sp.GetRequiredService<IOptions<ScorecardOptions>>().Value.TimeZone));
        return builder;
    }
}
