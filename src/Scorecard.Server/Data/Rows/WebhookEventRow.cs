namespace Scorecard.Server.Data.Rows;

/// <summary>A webhook delivery already taken: Autotask may deliver an event twice, and it is handled once.</summary>
public sealed class WebhookEventRow
{
    public string WebhookGuid { get; set; } = "";
    public long EntityId { get; set; }
    public long SequenceNumber { get; set; }
    public string? Action { get; set; }
    public DateTime ReceivedUtc { get; set; }
}
