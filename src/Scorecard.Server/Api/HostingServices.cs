using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;

namespace Scorecard.Server.Api;

/// <summary>Reverse proxy, HTTPS and the <c>Server</c> header.</summary>
static class HostingServices
{
    public static WebApplicationBuilder AddScorecardHosting(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((f, hosting) =>
        {
            f.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost;
            foreach (var p in hosting.Value.KnownProxies)
            {
                f.KnownProxies.Add(IPAddress.Parse(p));
            }

            foreach (var n in hosting.Value.KnownNetworks)
            {
                f.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
            }
        });
        return builder;
    }

    public static WebApplication UseScorecardHosting(this WebApplication app)
    {
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        if (hosting.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (hosting.HttpsRedirect)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        return app;
    }
}

sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
