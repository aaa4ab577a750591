namespace Scorecard.Server.Data.Rows;

/// <summary>A ticket's SLA outcome (Autotask's ServiceLevelAgreementResults): which milestones were met.</summary>
public sealed class SlaResultRow : ISyncedRow
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public string? ServiceLevelAgreementName { get; set; }
    public bool? IsFirstResponseMet { get; set; }
    public bool? IsResolutionPlanMet { get; set; }
    public bool? IsResolutionMet { get; set; }
    public decimal? FirstResponseElapsedHours { get; set; }
    public decimal? ResolutionPlanElapsedHours { get; set; }
    public decimal? ResolutionElapsedHours { get; set; }
    public int? FirstResponseResourceId { get; set; }
    public int? ResolutionResourceId { get; set; }
    public DateTime SyncedAt { get; set; }
}
