namespace Scorecard.Server.Data.Rows;

/// <summary>A synced ticket category, the entity behind tickets' <c>ticketCategory</c>.</summary>
public sealed class TicketCategoryRow : ISyncedRow
{
    public long Id { get; set; }
    public string? Name { get; set; }
    public string? Nickname { get; set; }
    public bool IsActive { get; set; }
    public DateTime SyncedAt { get; set; }
}
