namespace Scorecard.Server.Data.Rows;

/// <summary>A resource's membership of a queue (Autotask's ResourceRoleQueues): the basis of teams.</summary>
public sealed class ResourceRoleQueueRow : ISyncedRow
{
    public long Id { get; set; }
    public int ResourceId { get; set; }
    public int QueueId { get; set; }
    public int? RoleId { get; set; }
    public DateTime SyncedAt { get; set; }
}
