using Autotask.Client.Budget;
using Autotask.Client.Http;
using Autotask.Client.Metadata;
using Autotask.Client.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Autotask.Client;

/// <summary>Registers the Autotask client.</summary>
public static class AutotaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AutotaskClient"/> as a typed HTTP client with options bound from the
    /// <c>Autotask</c> section and validated at start-up. Every request runs through, outermost
    /// first: the credential handler (zone host only), retries for reads, the budget governor and
    /// the per-entity concurrency gate with the attempt timeout. Returns the HTTP client builder, so
    /// the host can add handlers or replace the primary handler.
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

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AutotaskZoneResolver>();
        services.TryAddSingleton<AutotaskMetadataCache>();
        services.TryAddSingleton<AutotaskTelemetry>();
        services.TryAddSingleton<AutotaskBudget>();
        services.TryAddSingleton<EntityConcurrencyGate>();
        services.TryAddTransient<AutotaskAuthHandler>();
        services.TryAddTransient<BudgetHandler>();
        services.TryAddTransient<AttemptHandler>();

        // The factory's request logging redacts header values in its text but puts the raw headers,
        // secret included, in the log state that structured sinks export: so it is removed.
        services.AddHttpClient(AutotaskZoneResolver.DiscoveryClientName).RemoveAllLoggers();
        var client = services.AddHttpClient<AutotaskClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<AutotaskAuthHandler>();
        client.AddResilienceHandler("autotask", AutotaskResilience.Configure);
        return client.AddHttpMessageHandler<BudgetHandler>().AddHttpMessageHandler<AttemptHandler>();
    }
}
