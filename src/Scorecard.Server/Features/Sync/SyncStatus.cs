using System.Globalization;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Features.Sync;

/// <summary>The body of <c>GET /api/v1/sync</c> (snake_case on the wire, like the rest of the API). Never a secret.</summary>
public sealed record SyncStatus(
    string Autotask,
    bool Running,
    int CyclesCompleted,
    bool LockedByAnotherInstance,
    DateTime? LastCycleCompleted,
    DateTime? DataAsOf,
    long? DataAgeSeconds,
    BudgetStatus? Budget,
    WebhookStatus? Webhook,
    IReadOnlyList<EntityStatus> Entities);

/// <summary>This client's Autotask calls in the last hour against its allowance and the tenant's threshold.</summary>
public sealed record BudgetStatus(int Threshold, int Allowance, int CallsLastHour, int? TenantUsageEstimate, double Pressure,
    DateTime? LastThresholdReading, long DelayedCalls, long RefusedCalls);

public sealed record WebhookStatus(long? WebhookId, string? Url, DateTime? Registered, DateTime? LastChecked, DateTime? LastDelivery,
    long Deliveries, long Rejected);

public sealed record EntityStatus(
    string Entity,
    DateTime? LastSuccess,
    int Records,
    long DurationMs,
    long StoreMs,
    int Calls,
    string? LastError,
    DateTime? LastErrorAt,
    int ConsecutiveFailures,
    DateTime? NextRetry,
    DateTime? Watermark,
    BackfillStatus? Backfill,
    ProcessTotals? SinceStart)
{
    public static EntityStatus From(SyncStateRow s, DateTime now, DateOnly historyStart, SyncTotals.Totals? totals) => new(
        s.Entity, s.LastRunCompletedUtc, s.LastRunRecords, s.LastRunMilliseconds, s.LastRunStoreMilliseconds, s.LastRunCalls,
        s.LastError, s.LastErrorUtc, s.ConsecutiveFailures, s.NextAttemptUtc > now ? s.NextAttemptUtc : null, s.Watermark,
        BackfillStatus.From(s, historyStart),
        totals is null ? null : new ProcessTotals(totals.Records, totals.Calls, (long)totals.Busy.TotalMilliseconds, (long)totals.Storing.TotalMilliseconds));
}

/// <summary>History loading newest first: how far back it is complete, what is in progress, and the time left at the pace so far.</summary>
public sealed record BackfillStatus(DateOnly HistoryStart, DateOnly? LoadedFrom, string? Segment, DateOnly? WindowFrom, DateOnly? WindowTo,
    int? Total, int Loaded, double? Percent, double? EtaSeconds, bool Complete)
{
    /// <summary>Null for entities that do not load history in windows (only tickets and time entries do).</summary>
    public static BackfillStatus? From(SyncStateRow s, DateOnly historyStart)
    {
        if (s.RecentFrom is null)
        {
            return null;
        }

        var complete = s.Watermark is not null && s.Segment is null && s.HistoryFrom is { } from && from <= historyStart;
        double? rate = s.BackfillSeconds > 0 ? s.BackfillLoaded / s.BackfillSeconds : null;
        double? percent = complete ? 100 : s.BackfillTotal is > 0 and var total ? Math.Min(100, 100.0 * s.BackfillLoaded / total) : null;
        double? eta = complete ? 0 : s.BackfillTotal is { } t && rate is > 0 ? Math.Max(0, t - s.BackfillLoaded) / rate.Value : null;
        return new BackfillStatus(historyStart, s.HistoryFrom, s.Segment, s.SegmentFrom, s.SegmentTo, s.BackfillTotal, s.BackfillLoaded,
            percent, eta, complete);
    }

    /// <summary>"complete back to 2024-10-01", or "loaded back to 2025-03-01 of 2024-10-01, 40 %, about 3 min left" (the admin page and the command line).</summary>
    public string Describe()
    {
        if (Complete)
        {
            return $"complete back to {Day(HistoryStart)}";
        }

        var loaded = LoadedFrom is { } from ? $"loaded back to {Day(from)}" : "recent weeks first";
        var percent = Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p:0} %") : "";
        var left = EtaSeconds is { } eta ? ", about " + Duration(TimeSpan.FromSeconds(eta)) + " left" : "";
        return $"{loaded} of {Day(HistoryStart)}{percent}{left}";
    }

    static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Duration(TimeSpan t) => t.TotalMinutes < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalSeconds):0} s")
        : t.TotalHours < 1 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalMinutes):0} min")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} h");
}

/// <summary>What this process's sync did for the entity since it started (the rest of busy time, after storing, is reading).</summary>
public sealed record ProcessTotals(long Records, long Calls, long BusyMs, long StoreMs);
