using Microsoft.Extensions.Options;

namespace Scorecard.Server.Email;

static class EmailServices
{
    public static WebApplicationBuilder AddScorecardEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        builder.Services.AddSingleton<WeeklyEmailLedger>();
        builder.Services.AddSingleton<WeeklyEmailService>();
        if (builder.Configuration.GetValue($"{EmailOptions.Section}:Enabled", false))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<WeeklyEmailService>());
        }

        return builder;
    }
}

sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
