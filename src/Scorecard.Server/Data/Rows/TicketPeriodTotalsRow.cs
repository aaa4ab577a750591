namespace Scorecard.Server.Data.Rows;

/// <summary>
/// The ticket side of one period's report totals for one selection (or, for <see cref="IsAnchor"/>, the open backlog at
/// the instant <see cref="StartUtc"/>), with the data version it is known good at. The report engine keeps these in
/// memory (<see cref="Reports.TicketPeriodCache"/>) and here, so a restart or another instance on the same database does
/// not compute a million tickets' weeks again: it checks them against the newer ticket changes as the memory does.
/// </summary>
public sealed class TicketPeriodTotalsRow
{
    /// <summary>The selection: a hash of the zone and the ticket filter's SQL.</summary>
    public string Scope { get; set; } = "";

    public bool IsAnchor { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    /// <summary>The data version the values are known good at.</summary>
    public long Version { get; set; }

    /// <summary>When the values were computed or last found good; rows older than ticket changes are kept are not trusted.</summary>
    public DateTime CheckedUtc { get; set; }

    public int Opened { get; set; }

    public int SameDay { get; set; }

    public int StillOpen { get; set; }

    public int Young { get; set; }

    public int FirstResponses { get; set; }

    public double? FirstResponseMedian { get; set; }

    public int Closed { get; set; }

    public double ResolutionSum { get; set; }

    public double? ResolutionMedian { get; set; }

    public int WithSla { get; set; }

    public int SlaMet { get; set; }

    public int ClosedCreatedBefore { get; set; }

    /// <summary>The open backlog at <see cref="StartUtc"/> (anchors only).</summary>
    public int Backlog { get; set; }
}
