using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autotask.Client.Json;

namespace Autotask.Client.Http;

/// <summary>Turns a failed response into the typed exception, carrying Autotask's messages verbatim.</summary>
static class AutotaskErrors
{
    public static async Task<AutotaskApiException> FromResponseAsync(HttpResponseMessage response, TimeProvider clock, CancellationToken ct)
    {
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        var errors = await ReadErrorsAsync(response, ct);
        var throttled = response.StatusCode == HttpStatusCode.TooManyRequests || errors.Any(IsThreadLimit);
        return throttled
            ? new AutotaskThrottledException(response.StatusCode, errors, path, RetryPolicy.RetryAfter(response, clock))
            : new AutotaskApiException(response.StatusCode, errors, path);
    }

    /// <summary>Autotask's thread-limit rejection, which may come with any status.</summary>
    public static bool IsThreadLimit(string text) =>
        text.Contains("Thread Threshold", StringComparison.OrdinalIgnoreCase) || text.Contains("Itgenatr005", StringComparison.OrdinalIgnoreCase);

    static async Task<IReadOnlyList<string>> ReadErrorsAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(AutotaskJsonContext.Default.ErrorBody, ct);
            if (body?.Errors is { Count: > 0 } errors)
            {
                // Strings normally; some clients have seen objects with a message.
                return errors.Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()!
                    : e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.ToString()
                    : e.GetRawText()).ToList();
            }

            return body?.Message is { } message ? [message] : [];
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return [];
        }
    }
}
