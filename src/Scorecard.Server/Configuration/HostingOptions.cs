using System.Net;

namespace Scorecard.Server.Configuration;

/// <summary>The <c>Scorecard:Hosting</c> section: running behind a reverse proxy and HTTPS.</summary>
public sealed class HostingOptions
{
    public const string Section = "Scorecard:Hosting";

    /// <summary>Trust X-Forwarded-For/-Proto/-Host from the proxies below (a reverse proxy terminates TLS).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the reverse proxies whose forwarded headers are trusted; loopback is always trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of trusted proxies.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Redirect plain HTTP to HTTPS and send HSTS (when the server itself terminates TLS, or the proxy forwards the scheme).</summary>
    public bool HttpsRedirect { get; set; }

    public IEnumerable<string> Problems()
    {
        foreach (var p in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"Scorecard:Hosting:KnownProxies '{p}' is not an IP address.";
        }

        foreach (var n in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return $"Scorecard:Hosting:KnownNetworks '{n}' is not a network in CIDR form such as 10.0.0.0/8.";
        }
    }
}
