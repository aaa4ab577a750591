namespace Scorecard.Server.Data.Rows;

/// <summary>A synced work type (Autotask's BillingCodes): what tickets and time entries are billed as.</summary>
public sealed class BillingCodeRow : ISyncedRow
{
    public long Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; }
    public int? BillingCodeType { get; set; }
    public int? UseType { get; set; }
    public DateTime SyncedAt { get; set; }
}
