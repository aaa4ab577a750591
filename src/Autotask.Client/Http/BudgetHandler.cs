using System.Net;
using System.Net.Http.Json;
using Autotask.Client.Budget;
using Autotask.Client.Json;

namespace Autotask.Client.Http;

/// <summary>
/// Puts every attempt through the <see cref="AutotaskBudget"/>, and reads <c>ThresholdInformation</c>
/// first when the governor asks for a fresh reading. Sits inside the retries, so each attempt is counted.
/// </summary>
sealed class BudgetHandler(AutotaskBudget budget) : DelegatingHandler
{
    static readonly string[] AuthHeaders = ["UserName", "Secret", "ApiIntegrationCode"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        if (budget.TryBeginReading())
        {
            await ReadThresholdAsync(request, uri, cancellationToken);
        }

        await budget.AcquireAsync(uri.AbsolutePath, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        // A 429 may be the hourly threshold or only the thread limit (the body says which, and it is
        // already buffered); only the threshold is worth a ThresholdInformation reading.
        if (response.StatusCode == HttpStatusCode.TooManyRequests &&
            !AutotaskErrors.IsThreadLimit(await response.Content.ReadAsStringAsync(cancellationToken)))
        {
            budget.ThrottledByAutotask();
        }

        return response;
    }

    async Task ReadThresholdAsync(HttpRequestMessage original, Uri uri, CancellationToken ct)
    {
        int? limit = null, count = null;
        TimeSpan? refusedFor = null;
        try
        {
            using var reading = new HttpRequestMessage(HttpMethod.Get, new Uri(EntityPath.Root(uri), "ThresholdInformation"));
            foreach (var name in AuthHeaders)
            {
                if (original.Headers.TryGetValues(name, out var values))
                {
                    reading.Headers.TryAddWithoutValidation(name, values);
                }
            }

            using var response = await base.SendAsync(reading, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refusedFor = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMinutes(1);
            }
            else if (response.IsSuccessStatusCode &&
                await response.Content.ReadFromJsonAsync(AutotaskJsonContext.Default.ThresholdInformation, ct) is { } info)
            {
                limit = info.ExternalRequestThreshold;
                count = info.CurrentTimeframeRequestCount;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TimeoutException)
        {
            // A failed reading is not worth failing the call for; the governor keeps its last estimate.
        }
        finally
        {
            budget.EndReading(limit, count, refusedFor);
        }
    }
}
