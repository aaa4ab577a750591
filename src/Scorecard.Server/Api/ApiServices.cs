using System.Text.Json;
using Scorecard.Server.Features.Scorecards;

namespace Scorecard.Server.Api;

static class ApiServices
{
    public static WebApplicationBuilder AddScorecardApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        // DataAnnotations on request records become a 400 validation problem naming each field.
        services.AddValidation();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // The prototype's API speaks snake_case; keep it so users' scripts keep working.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddScoped<QueueResolver>();
        return builder;
    }
}
