namespace Autotask.Simulator.Tenant.Records;

/// <summary>A note on a ticket (autotask-api.md §6.8); written through <c>Tickets/{id}/Notes</c> in Autotask.</summary>
public sealed class SimTicketNote
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public string? Title { get; set; }
    public string Description { get; set; } = "";
    public int NoteType { get; set; }

    /// <summary>1 = all Autotask users, 2 = internal only.</summary>
    public int Publish { get; set; } = 1;
    public DateTime CreateDateTime { get; set; }
    public int? CreatorResourceId { get; set; }
    public int? CreatedByContactId { get; set; }
    public DateTime LastActivityDate { get; set; }
}
