namespace Scorecard.Server.Features.Tickets;

/// <summary>The prototype's envelope: <c>{ success, data }</c>.</summary>
public sealed record TicketsResponse(bool Success, TicketsData Data);

/// <summary>
/// As the prototype returned it: <c>by_status</c> and <c>by_priority</c> are objects keyed by the
/// code as a string (<c>{"1": 450}</c>), so scripts written for it keep working; the labels sit
/// beside them in <c>status_labels</c> and <c>priority_labels</c>, keyed the same way.
/// </summary>
public sealed record TicketsData(
    int Total,
    string StartDate,
    string EndDate,
    string TimeZone,
    string? Queue,
    SortedDictionary<string, int> ByStatus,
    SortedDictionary<string, string?> StatusLabels,
    SortedDictionary<string, int> ByPriority,
    SortedDictionary<string, string?> PriorityLabels,
    SortedDictionary<string, int> ByQueue,
    SortedDictionary<string, string?> QueueLabels,
    double? AvgResolutionHours,
    List<AutotaskTicket> Tickets);
