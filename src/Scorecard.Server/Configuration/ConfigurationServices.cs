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
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ScorecardOptions>>().Value;
            return ReportingCalendar.ForZone(o.TimeZone, o.WeekStart, o.FiscalYearStartMonth);
        });
        return builder;
    }

    /// <summary>
    /// Reads every validated settings object once, so a broken value stops start-up here with its
    /// message, before the host would log it with a stack trace.
    /// </summary>
    public static void ValidateSettings(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<IOptions<ScorecardOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Auth.AuthOptions>>().Value;
        if (app.Services.GetService<IOptions<Email.EmailOptions>>() is { } email)
        {
            _ = email.Value;
        }
        if (app.Services.GetService<IOptions<global::Autotask.Client.AutotaskClientOptions>>() is { } autotask
            && app.Services.GetService<Autotask.AutotaskStatus>()?.Mode != Autotask.AutotaskMode.NotConfigured)
        {
            _ = autotask.Value;
        }
    }
}
