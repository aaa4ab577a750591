namespace Scorecard.Server.Data.Rows;

/// <summary>A synced contact (a client's person), for ticket drill-down.</summary>
public sealed class ContactRow : ISyncedRow
{
    public long Id { get; set; }
    public int CompanyId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? EmailAddress { get; set; }
    public string? Title { get; set; }

    /// <summary>Autotask sends an integer (1/0) here; stored as a flag.</summary>
    public bool IsActive { get; set; }
    public bool? PrimaryContact { get; set; }
    public DateTime? CreateDate { get; set; }
    public DateTime? LastModifiedDate { get; set; }
    public DateTime SyncedAt { get; set; }
}
