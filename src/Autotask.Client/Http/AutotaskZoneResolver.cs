using System.Net.Http.Json;
using Autotask.Client.Json;
using Microsoft.Extensions.Options;

namespace Autotask.Client.Http;

/// <summary>
/// Finds the tenant's zone (the <c>webservicesN</c> host) from the user name, caches it, and lets
/// callers force a fresh lookup when Autotask answers 401 (databases can move between zones).
/// </summary>
public sealed class AutotaskZoneResolver(IHttpClientFactory httpFactory, IOptions<AutotaskClientOptions> options, TimeProvider clock)
{
    /// <summary>The name of the HTTP client used for zone discovery (it carries no credentials).</summary>
    public const string DiscoveryClientName = "Autotask.ZoneDiscovery";

    readonly SemaphoreSlim gate = new(1, 1);
    Uri? apiBase;
    DateTimeOffset expires;

    /// <summary>The zone resolved so far, if any: the only host that gets credentials.</summary>
    public Uri? CurrentApiBase => Volatile.Read(ref apiBase);

    /// <summary>
    /// The tenant's web address (zone information's <c>webUrl</c>, e.g. <c>https://ww5.autotask.net/</c>) once the
    /// zone is known, for links into Autotask. With a fixed zone it is inferred from the API host (webservices5 → ww5).
    /// </summary>
    public Uri? CurrentWebUrl => Volatile.Read(ref webUrl) ?? (options.Value.ZoneUrl is { } z ? WebUrlFor(z) : null);

    Uri? webUrl;

    /// <summary>The versioned API root, e.g. <c>https://webservices5.autotask.net/ATServicesRest/V1.0/</c>.</summary>
    public async ValueTask<Uri> GetApiBaseAsync(CancellationToken cancellationToken)
    {
        if (CurrentApiBase is { } known && clock.GetUtcNow() < expires)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (CurrentApiBase is { } again && clock.GetUtcNow() < expires)
            {
                return again;
            }

            var o = options.Value;
            var resolved = o.ZoneUrl is { } fixedZone ? Versioned(fixedZone) : Versioned(await DiscoverAsync(o, cancellationToken));
            expires = o.ZoneUrl is null ? clock.GetUtcNow() + o.ZoneCacheDuration : DateTimeOffset.MaxValue;
            Volatile.Write(ref apiBase, resolved);
            return resolved;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets a discovered zone, so the next call looks it up again. Returns false for a fixed zone.</summary>
    public bool Invalidate()
    {
        if (options.Value.ZoneUrl is not null)
        {
            return false;
        }

        expires = DateTimeOffset.MinValue;
        return true;
    }

    async Task<Uri> DiscoverAsync(AutotaskClientOptions o, CancellationToken ct)
    {
        var http = httpFactory.CreateClient(DiscoveryClientName);
        var url = new Uri(o.DiscoveryUrl, $"ATServicesRest/V1.0/zoneInformation?user={Uri.EscapeDataString(o.UserName)}");
        using var response = await http.GetAsync(url, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await AutotaskErrors.FromResponseAsync(response, clock, ct);
        }

        ZoneInformation? zone;
        try
        {
            zone = await response.Content.ReadFromJsonAsync(AutotaskJsonContext.Default.ZoneInformation, ct);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new AutotaskProtocolException($"Zone information is not the JSON expected: {ex.Message}", url.AbsolutePath, ex);
        }

        if (zone?.WebUrl is { Length: > 0 } web && Uri.TryCreate(web, UriKind.Absolute, out var w) && w.Scheme is "https" or "http")
        {
            Volatile.Write(ref webUrl, w.AbsolutePath.EndsWith('/') ? w : new Uri(w + "/"));
        }

        return zone?.Url is { Length: > 0 } zoneUrl && Uri.TryCreate(zoneUrl, UriKind.Absolute, out var u)
            ? u
            : throw new AutotaskApiException(response.StatusCode, ["Zone information had no url."], url.AbsolutePath);
    }

    /// <summary>
    /// Accepts a bare host (<c>https://webservices3.autotask.net</c>, as the prototype's
    /// AUTOTASK_ZONE_URL had it), <c>…/ATServicesRest/</c> or <c>…/ATServicesRest/V1.0/</c>.
    /// </summary>
    public static Uri Versioned(Uri zone)
    {
        var path = zone.AbsolutePath.TrimEnd('/');
        var root = path.EndsWith("/V1.0", StringComparison.OrdinalIgnoreCase) ? path[..^"/V1.0".Length] : path;
        if (!root.EndsWith("/ATServicesRest", StringComparison.OrdinalIgnoreCase))
        {
            root += "/ATServicesRest";
        }

        return new UriBuilder(zone) { Path = root + "/V1.0/", Query = "" }.Uri;
    }

    /// <summary>The web host of an API host on Autotask's naming (<c>webservicesN.autotask.net</c> → <c>wwN.autotask.net</c>); null for any other host.</summary>
    public static Uri? WebUrlFor(Uri apiZone)
    {
        const string Prefix = "webservices";
        var host = apiZone.Host;
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        if (!host.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || dot <= Prefix.Length || !host[Prefix.Length..dot].All(char.IsAsciiDigit))
        {
            return null;
        }

        return new Uri($"https://ww{host[Prefix.Length..dot]}{host[dot..]}/");
    }
}
