using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Scorecard.Server.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>), generated from the endpoints, and a browsable
/// reference (<c>/scalar/v1</c>). Both need a signed-in user or a key, like the API itself.
/// </summary>
static class OpenApiServices
{
    public static WebApplicationBuilder AddScorecardOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Scorecard API",
                Version = "v1",
                Description = "EOS-style service-desk scorecard for Autotask PSA. Send an API key as `Authorization: Bearer <key>`; " +
                    "errors are RFC 9457 problem+json.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from /api/v1/apikeys (or SCORECARD_API_KEY).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] });
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static void MapScorecardOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        // Self-hosted: the page loads nothing from the internet (no web fonts), and its one inline script carries a nonce.
        app.MapScalarApiReference(o => o.WithTitle("Scorecard API").DisableDefaultFonts().WithNonce());
    }
}
