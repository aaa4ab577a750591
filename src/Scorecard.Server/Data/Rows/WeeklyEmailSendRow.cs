namespace Scorecard.Server.Data.Rows;

/// <summary>
/// One scorecard's weekly e-mail for one week: claimed by the instance about to send it, then marked
/// sent. The key (scorecard, week) is what makes several instances on one database send it once.
/// </summary>
public sealed class WeeklyEmailSendRow
{
    public string ScorecardSlug { get; set; } = "";

    /// <summary>The reported week, e.g. <c>2026-W47</c>.</summary>
    public string WeekKey { get; set; } = "";

    public DateTime ClaimedUtc { get; set; }

    /// <summary>Null while the claiming instance is sending (or died sending; the claim then expires).</summary>
    public DateTime? SentUtc { get; set; }
}
