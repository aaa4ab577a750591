using Microsoft.Extensions.Options;

namespace Autotask.Client.Http;

/// <summary>
/// Adds the three Autotask auth headers, and only to requests for the resolved zone's host:
/// a <c>nextPageUrl</c> is absolute, and credentials must never follow it anywhere else.
/// </summary>
public sealed class AutotaskAuthHandler(AutotaskZoneResolver zones, IOptions<AutotaskClientOptions> options) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var zone = zones.CurrentApiBase;
        if (zone is null || request.RequestUri is null ||
            Uri.Compare(zone, request.RequestUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new AutotaskProtocolException(
                $"Refusing to send Autotask credentials to {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: it is not the tenant's zone.",
                request.RequestUri?.AbsolutePath ?? "");
        }

        var o = options.Value;
        request.Headers.Remove("UserName");
        request.Headers.Remove("Secret");
        request.Headers.Remove("ApiIntegrationCode");
        request.Headers.TryAddWithoutValidation("UserName", o.UserName);
        request.Headers.TryAddWithoutValidation("Secret", o.Secret);
        request.Headers.TryAddWithoutValidation("ApiIntegrationCode", o.IntegrationCode);
        return base.SendAsync(request, cancellationToken);
    }
}
