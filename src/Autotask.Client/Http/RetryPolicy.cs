using System.Net;
using Polly;
using Polly.Timeout;

namespace Autotask.Client.Http;

/// <summary>Why an attempt may be retried.</summary>
enum RetryReason
{
    None,
    Throttled,
    ThreadLimit,
    ServerError,
    Timeout,
    Network,
}

/// <summary>
/// Which failures are worth another attempt. Only reads are replayed: GETs and the POSTs of
/// <c>query</c>, <c>query/count</c> and <c>query/next</c>. A create or update is never sent twice.
/// </summary>
static class RetryPolicy
{
    // Autotask answers these business and validation errors with HTTP 500; asking again spends budget for the same answer.
    static readonly string[] Permanent =
    [
        "Unable to find", "maxCountOfRecordsToReturn", "adequate permissions", "No matching records",
        "limited to 500", "UDF",
    ];

    public static bool IsRead(HttpRequestMessage request)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head)
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        return request.Method == HttpMethod.Post && (path.EndsWith("/query", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/query/count", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/query/next", StringComparison.OrdinalIgnoreCase));
    }

    public static async ValueTask<RetryReason> ClassifyAsync(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryAfter, TimeProvider clock)
    {
        if (request is null || !IsRead(request))
        {
            return RetryReason.None;
        }

        if (outcome.Exception is { } ex)
        {
            return ex switch
            {
                TimeoutException or TimeoutRejectedException => RetryReason.Timeout,
                HttpRequestException => RetryReason.Network,
                _ => RetryReason.None,
            };
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return RetryReason.None;
        }

        var body = await ReadBodyAsync(response);
        if (AutotaskErrors.IsThreadLimit(body))
        {
            return RetryReason.ThreadLimit;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // A long Retry-After means the hourly threshold: fail fast and let the caller come back later.
            return RetryAfter(response, clock) is { } wait && wait > maxRetryAfter ? RetryReason.None : RetryReason.Throttled;
        }

        var status = (int)response.StatusCode;
        if (status == 408 || status >= 502)
        {
            return RetryReason.ServerError;
        }

        return status == 500 && !Permanent.Any(p => body.Contains(p, StringComparison.OrdinalIgnoreCase)) ? RetryReason.ServerError : RetryReason.None;
    }

    /// <summary>The server's <c>Retry-After</c> as a delay, if it sent one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > clock.GetUtcNow() ? date - clock.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    static async ValueTask<string> ReadBodyAsync(HttpResponseMessage response)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync();
            return await response.Content.ReadAsStringAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or ObjectDisposedException)
        {
            return "";
        }
    }
}
