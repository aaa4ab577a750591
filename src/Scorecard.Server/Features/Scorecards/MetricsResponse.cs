using System.Text.Json.Serialization;
using Scorecard.Metrics;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>The <c>metrics</c> object of the prototype's endpoints (snake_case on the wire; rates 0–1).</summary>
public sealed record MetricsResponse(
    int TicketsOpened,
    int TicketsClosed,
    int ClosedSameDay,
    double? SameDayCloseRate,
    double? Utilization,
    decimal BillableHours,
    decimal TotalHours,
    double? AvgResolutionHours,
    double? MedianResolutionHours,
    double? FirstResponseMedianMinutes,
    double? SlaMetRate,
    int OpenBacklog,
    [property: JsonPropertyName("aged_backlog_7d")] int AgedBacklog7d)
{
    public static MetricsResponse From(MetricValues m) => new(m.TicketsOpened, m.TicketsClosed, m.ClosedSameDay,
        m.SameDayCloseRate, m.Utilization, m.BillableHours, m.TotalHours, m.AvgResolutionHours, m.MedianResolutionHours,
        m.FirstResponseMedianMinutes, m.SlaMetRate, m.OpenBacklog, m.AgedBacklog7d);
}
