namespace Autotask.Simulator.Webhooks;

/// <summary>
/// A change to a ticket, as the webhook layer needs it: the action, who made it, the fields that changed
/// and every webhook-supported field's value (raw JSON), before a delete or after a create or update.
/// </summary>
public sealed record WebhookEvent(string Action, string EntityType, long Id, int? PersonId, DateTime EventTime,
    IReadOnlySet<string> Changed, IReadOnlyDictionary<string, string> Values)
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
}
