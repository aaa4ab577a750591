using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;

namespace Autotask.Client.Http;

/// <summary>Sends requests to the tenant's zone and maps failures to typed exceptions.</summary>
sealed class AutotaskConnection(HttpClient http, AutotaskZoneResolver zones, TimeProvider clock)
{
    static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>GET a path relative to the versioned root, e.g. <c>Tickets/entityInformation</c>.</summary>
    public Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(root => new HttpRequestMessage(HttpMethod.Get, new Uri(root, path)), type, ct);

    /// <summary>POST a JSON body to a path relative to the versioned root.</summary>
    public Task<T> PostAsync<T>(string path, byte[] body, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(root => Post(new Uri(root, path), body), type, ct);

    /// <summary>POST a JSON body to an absolute URL (a <c>nextPageUrl</c>), which must be on the zone.</summary>
    public Task<T> PostAbsoluteAsync<T>(Uri url, byte[] body, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(root => OnZone(root, url) ? Post(url, body) : throw NotOnZone(url), type, ct);

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

    static bool OnZone(Uri root, Uri url) =>
        Uri.Compare(root, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    static AutotaskProtocolException NotOnZone(Uri url) =>
        new($"Autotask returned a nextPageUrl on {url.Host}, not the tenant's zone; it is not followed.", url.AbsolutePath);

    static HttpRequestMessage Post(Uri uri, byte[] body) => new(HttpMethod.Post, uri)
    {
        Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
    };

    async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (Exception ex) when (ex is TimeoutException or HttpRequestException && !ct.IsCancellationRequested)
            {
                // Retries are spent (reads) or not allowed (writes): one exception tree for callers.
                throw new AutotaskUnavailableException(request.RequestUri?.AbsolutePath ?? "", ex);
            }
        }
    }

    async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await AutotaskErrors.FromResponseAsync(response, clock, ct);
        }

        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        try
        {
            return await System.Text.Json.JsonSerializer.DeserializeAsync(body, type, ct)
                ?? throw new AutotaskApiException(response.StatusCode, ["The response body was empty."], path);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new AutotaskProtocolException($"Autotask's answer to {path} is not the JSON expected: {ex.Message}", path, ex);
        }
    }
}
