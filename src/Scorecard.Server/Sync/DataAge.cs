using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>
/// How current the mirror is: every change in Autotask up to this instant is in the database. It is the
/// older of the tickets' and time entries' watermarks (webhooks may have brought some tickets fresher still).
/// Null until both have finished their first load.
/// </summary>
static class DataAge
{
    public static DateTime? AsOf(IEnumerable<SyncStateRow> states)
    {
        var core = states.Where(s => s.Entity is "Tickets" or "TimeEntries").ToList();
        return core.Count == 2 && core.All(s => s.Watermark is not null) ? core.Min(s => s.Watermark) : null;
    }
}

/// <summary>The entities the sync knows, for validating <c>POST /api/v1/sync</c>.</summary>
sealed class SyncEntities(IServiceScopeFactory scopes)
{
    readonly Lazy<IReadOnlyList<string>> names = new(() =>
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<ISyncStep>().Select(s => s.Entity).ToList();
    });

    public IReadOnlyList<string> Names => names.Value;
}
