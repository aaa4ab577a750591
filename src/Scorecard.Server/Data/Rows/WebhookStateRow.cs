namespace Scorecard.Server.Data.Rows;

/// <summary>
/// The ticket webhook this server registered in Autotask. The signing key lives here and only here:
/// it is never logged and never returned by the API.
/// </summary>
public sealed class WebhookStateRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long? WebhookId { get; set; }
    public string? WebhookGuid { get; set; }
    public string? WebhookUrl { get; set; }
    public string? SecretKey { get; set; }
    public DateTime? RegisteredUtc { get; set; }
    public DateTime? LastCheckedUtc { get; set; }
    public DateTime? LastDeliveryUtc { get; set; }
    public long Deliveries { get; set; }
    public long Rejected { get; set; }

    public override string ToString() => $"WebhookStateRow {{ WebhookId = {WebhookId}, WebhookUrl = {WebhookUrl}, SecretKey = (redacted) }}";
}
