namespace Scorecard.Server.Data.Rows;

/// <summary>
/// A stretch of time whose ticket numbers a write changed, at the data version that write made. The report
/// engine keeps each period's ticket aggregates and the backlog at a span's start in memory and trusts them
/// only while no newer change covers them (<see cref="Summaries.TicketChanges"/>), so a sync that touched this
/// week's tickets makes a 13-week grid recompute one week, not thirteen.
/// </summary>
public sealed class TicketChangeRow
{
    public long Id { get; set; }

    /// <summary>The data version of the write that made the change.</summary>
    public long Version { get; set; }

    /// <summary>
    /// What changed in [<see cref="FromUtc"/>, <see cref="ToUtc"/>]: false, the aggregates of periods overlapping it
    /// (tickets created or completed in it); true, the open backlog at instants inside it.
    /// </summary>
    public bool Backlog { get; set; }

    public DateTime FromUtc { get; set; }

    public DateTime ToUtc { get; set; }

    /// <summary>When the change was recorded: old changes are pruned, and nothing cached longer than they are kept is trusted.</summary>
    public DateTime MarkedUtc { get; set; }
}
