using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Scorecard.Server.Caching;

static class CachingServices
{
    /// <summary>The shared reads the response caches key on; safe to call from every feature that uses them.</summary>
    public static IServiceCollection AddSharedReads(this IServiceCollection services)
    {
        services.TryAddSingleton<CurrentDataVersion>();
        return services;
    }
}
