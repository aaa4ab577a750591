namespace Autotask.Client.Models;

/// <summary>A ticket category (entity <c>TicketCategories</c>); tickets refer to it by <see cref="Ticket.TicketCategory"/>.</summary>
public sealed record TicketCategory : IAutotaskEntity
{
    /// <summary>The category id.</summary>
    public long Id { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Short name.</summary>
    public string? Nickname { get; init; }
    /// <summary>Active.</summary>
    public bool IsActive { get; init; }
    /// <summary>The default category.</summary>
    public bool? IsGlobalDefault { get; init; }
    /// <summary>Only for API-created tickets.</summary>
    public bool? IsApiOnly { get; init; }
    /// <summary>Display colour as an RGB integer.</summary>
    public int? DisplayColorRGB { get; init; }
}
