namespace Autotask.Client.Querying;

/// <summary>How a query pages and what it returns.</summary>
public sealed record QueryOptions
{
    /// <summary>Fields to return (<c>IncludeFields</c>); <c>id</c> is always added, since paging needs it.</summary>
    public IReadOnlyList<string>? IncludeFields { get; init; }

    /// <summary>Records per request, 1–500.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>Resume after this id (id-cursor paging only).</summary>
    public long? StartAfterId { get; init; }

    /// <summary>
    /// False (the default): stateless <c>id &gt; lastId</c> paging, robust and resumable. True: follow
    /// <c>nextPageUrl</c>, continuing a POST query with POST.
    /// </summary>
    public bool FollowNextPageUrl { get; init; }
}
