using System.Globalization;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Dashboard.Shared;

/// <summary>
/// The drill-down's search box: a record matches when any of the texts the page shows for it contains the search.
/// The page filters with it, and the drill-down export applies the same search, so a download holds the list on screen.
/// </summary>
public static class DrillSearch
{
    public static bool Matches(string? search, params string?[] texts) =>
        string.IsNullOrWhiteSpace(search) || texts.Any(t => t is not null && t.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What the page shows of a ticket and searches: number, title, company, technician and queue.</summary>
    public static string?[] TicketTexts(DrillTicket t, Labels names) =>
        [t.TicketNumber ?? t.Id.ToString(CultureInfo.InvariantCulture), t.Title, names.Company(t.CompanyId), names.Resource(t.Technician), names.Queue(t.QueueId)];

    /// <summary>What the page shows of a time entry and searches: technician, ticket (or task) and the entry's id.</summary>
    public static string?[] TimeEntryTexts(DrillTimeEntry e, Labels names) =>
        [names.Resource(e.ResourceId), TicketText(e), e.Id.ToString(CultureInfo.InvariantCulture)];

    public static string TicketText(DrillTimeEntry e) =>
        e.TicketId?.ToString(CultureInfo.InvariantCulture) ?? (e.TaskId is { } task ? $"task {task}" : "–");

    /// <summary>The export's sort for a column of the page's grid, where both order alike (labels sort by name on the page, by code in the database).</summary>
    public static string? ExportSort(string? property) => property switch
    {
        "Number" => "ticket_number",
        "Created" => "create_date",
        "Completed" => "completed_date",
        "Id" => "id",
        "DateWorked" => "date_worked",
        "Hours" => "hours_worked",
        _ => null,
    };
}
