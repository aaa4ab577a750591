namespace Scorecard.Server.Data.Rows;

/// <summary>A synced role: what a resource works as (tickets' assigned role, time entries' role, queue membership).</summary>
public sealed class RoleRow : ISyncedRow
{
    public long Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; }
    public decimal? HourlyRate { get; set; }
    public DateTime SyncedAt { get; set; }
}
