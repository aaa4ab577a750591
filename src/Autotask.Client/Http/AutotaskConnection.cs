using System.Net;
using System.Text.Json.Serialization.Metadata;

namespace Autotask.Client.Http;

/// <summary>Sends requests to the tenant's zone and maps failures to typed exceptions.</summary>
sealed class AutotaskConnection(HttpClient http, AutotaskZoneResolver zones, TimeProvider clock)
{
    /// <summary>
    /// Sends a request built against the zone's versioned root. On an unexpected 401 it looks the
    /// zone up again once and, if the tenant moved, retries there.
    /// </summary>
    public async Task<T> SendAsync<T>(Func<Uri, HttpRequestMessage> build, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var apiBase = await zones.GetApiBaseAsync(ct);
        using var response = await SendOnceAsync(build(apiBase), ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && zones.Invalidate())
        {
            var moved = await zones.GetApiBaseAsync(ct);
            if (moved != apiBase)
            {
                using var retried = await SendOnceAsync(build(moved), ct);
                return await ReadAsync(retried, type, ct);
            }
        }

        return await ReadAsync(response, type, ct);
    }

    /// <summary>The zone root, for callers that must check a <c>nextPageUrl</c> against it.</summary>
    public ValueTask<Uri> ApiBaseAsync(CancellationToken ct) => zones.GetApiBaseAsync(ct);

    async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
    }

    async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await AutotaskErrors.FromResponseAsync(response, clock, ct);
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await System.Text.Json.JsonSerializer.DeserializeAsync(body, type, ct)
            ?? throw new AutotaskApiException(response.StatusCode, ["The response body was empty."], response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
    }
}
