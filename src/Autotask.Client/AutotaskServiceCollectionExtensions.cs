using Autotask.Client.Http;
using Autotask.Client.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Autotask.Client;

/// <summary>Registers the Autotask client.</summary>
public static class AutotaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AutotaskClient"/> as a typed HTTP client with options bound from the
    /// <c>Autotask</c> section and validated at start-up. Returns the HTTP client builder, so the
    /// host can add resilience handlers.
    /// </summary>
    public static IHttpClientBuilder AddAutotaskClient(this IServiceCollection services, Action<AutotaskClientOptions>? configure = null)
    {
        // Bound from the "Autotask" section when the host has configuration; plain code may configure it instead.
        var options = services.AddOptions<AutotaskClientOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(AutotaskClientOptions.Section).Bind(o))
            .ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AutotaskZoneResolver>();
        services.TryAddSingleton<AutotaskMetadataCache>();
        services.TryAddTransient<AutotaskAuthHandler>();
        services.AddHttpClient(AutotaskZoneResolver.DiscoveryClientName);
        return services.AddHttpClient<AutotaskClient>().AddHttpMessageHandler<AutotaskAuthHandler>();
    }
}
