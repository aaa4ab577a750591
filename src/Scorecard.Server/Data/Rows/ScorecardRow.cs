namespace Scorecard.Server.Data.Rows;

/// <summary>
/// A scorecard as stored: name, slug, ticket filter and team as id lists, and its measurables.
/// <see cref="Version"/> goes up with every edit; cached reports key on it.
/// </summary>
public sealed class ScorecardRow
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<int> QueuesIn { get; set; } = [];
    public List<int> QueuesOut { get; set; } = [];
    public List<int> Companies { get; set; } = [];
    public List<int> TicketTypes { get; set; } = [];
    public List<int> Sources { get; set; } = [];
    public List<int> IssueTypes { get; set; } = [];
    public List<int> TeamResources { get; set; } = [];
    public List<int> TeamQueues { get; set; } = [];
    public long Version { get; set; } = 1;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public List<MeasurableRow> Measurables { get; set; } = [];
}
