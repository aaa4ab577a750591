namespace Autotask.Client.Querying;

/// <summary>How a query pages and what it returns.</summary>
public sealed record QueryOptions
{
    /// <summary>Autotask's largest page.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Fields to return (<c>IncludeFields</c>); <c>id</c> is always added, since paging needs it.</summary>
    public IReadOnlyList<string>? IncludeFields { get; init; }

    /// <summary>Records per request, 1–500. Larger pages mean fewer calls against the hourly budget.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>Resume after this id: only records with a greater id are returned.</summary>
    public long? StartAfterId { get; init; }

    /// <summary>
    /// False (the default): stateless <c>id &gt; lastId</c> paging, robust and resumable. True: follow
    /// <c>nextPageUrl</c>, continuing a POST query with POST, only ever on the tenant's zone.
    /// </summary>
    public bool FollowNextPageUrl { get; init; }

    /// <summary>Check the filter's and <see cref="IncludeFields"/>' field names against the entity's (cached) metadata first.</summary>
    public bool ValidateFields { get; init; }

    /// <summary>A guard against a server that never stops paging.</summary>
    public int MaxPages { get; init; } = 100_000;

    internal void Validate()
    {
        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "Autotask pages hold 1 to 500 records.");
        }

        if (MaxPages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPages), MaxPages, "At least one page.");
        }
    }
}
