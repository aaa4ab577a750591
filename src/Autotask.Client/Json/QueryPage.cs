namespace Autotask.Client.Json;

/// <summary>One page of a query response (autotask-api.md §2.2).</summary>
sealed record QueryPage<T>
{
    public List<T> Items { get; init => field = value ?? []; } = [];
    public PageDetails? PageDetails { get; init; }
}

sealed record PageDetails
{
    public int Count { get; init; }
    public int RequestCount { get; init; }
    public string? PrevPageUrl { get; init; }
    public string? NextPageUrl { get; init; }
}

sealed record ItemResponse<T>
{
    public T? Item { get; init; }
}

sealed record CountResponse
{
    public int QueryCount { get; init; }
}

sealed record ZoneInformation
{
    public string? ZoneName { get; init; }
    public string? Url { get; init; }
    public string? WebUrl { get; init; }
    public int? Ci { get; init; }
}

sealed record ErrorBody
{
    public List<System.Text.Json.JsonElement>? Errors { get; init; }
    public string? Message { get; init; }
}

sealed record ItemIdResponse
{
    public long ItemId { get; init; }
}

sealed record ThresholdInformation
{
    public int ExternalRequestThreshold { get; init; }
    public int RequestThresholdTimeframe { get; init; }
    public int CurrentTimeframeRequestCount { get; init; }
}
