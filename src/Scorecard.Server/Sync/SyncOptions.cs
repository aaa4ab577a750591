namespace Scorecard.Server.Sync;

/// <summary>The <c>Scorecard:Sync</c> settings, checked at start-up by <see cref="SyncOptionsValidator"/>.</summary>
public sealed class SyncOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Time between incremental sync cycles.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back an incremental sync re-reads, to cover clock skew and late commits.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The first local date the first sync loads (tickets created, time worked); every ticket still open
    /// comes too, whatever its age. Default: the start of the quarter two years before today, so past
    /// quarters exist on day one. Moving it earlier later loads the gap only.
    /// </summary>
    /// <remarks>Text (YYYY-MM-DD) rather than a date, so a typo is reported by the validator instead of failing the binder.</remarks>
    public string? HistoryStart { get; set; }

    /// <summary><see cref="HistoryStart"/> as a date, or null when unset (or unreadable: the validator refuses that).</summary>
    public DateOnly? HistoryStartDate =>
        DateOnly.TryParseExact(HistoryStart, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    /// <summary>History is loaded newest first in windows of this many days (after the current quarter, which comes first).</summary>
    public int HistoryWindowDays { get; set; } = 28;

    /// <summary>The most time one cycle spends loading history before the incremental steps run again.</summary>
    public TimeSpan BackfillSlice { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>How often ids are compared with Autotask to find deletions no log records (regular time, contacts, tasks).</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Regular time entries worked in this many days back are compared by id.</summary>
    public int ReconcileWindowDays { get; set; } = 90;

    /// <summary>The longest wait after repeated failures before an entity is tried again.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Register a ticket webhook (needs <c>Scorecard:PublicUrl</c>, or the demo tenant).</summary>
    public bool Webhooks { get; set; } = true;

    /// <summary>How often the registered webhook is checked in Autotask (it is also checked at start).</summary>
    public TimeSpan WebhookCheckEvery { get; set; } = TimeSpan.FromHours(1);
}
