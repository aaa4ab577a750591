namespace Scorecard.Metrics;

/// <summary>The facts of one ticket that the metrics need. Timestamps are UTC.</summary>
public sealed record TicketFact(
    long Id,
    DateTime CreatedUtc,
    DateTime? CompletedUtc,
    DateTime? FirstResponseUtc = null,
    bool? SlaMet = null,
    bool HasSla = false);
