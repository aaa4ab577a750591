using Scorecard.Server.Features.Sync;
using Scorecard.Server.Sync;

namespace Scorecard.Server.Cli;

/// <summary>
/// How far a first sync's history load has come, per entity that loads history in windows, read from the sync
/// state: the same figures <c>GET /api/v1/sync</c> reports as <c>backfill</c>.
/// </summary>
static class HistoryProgress
{
    public static async Task<IReadOnlyList<(string Entity, BackfillStatus Backfill)>> ReadAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var states = await scope.ServiceProvider.GetRequiredService<SyncStates>().AllAsync(ct);
        var start = scope.ServiceProvider.GetRequiredService<SyncCalendar>().HistoryStart;
        return states.Select(s => (s.Entity, Backfill: BackfillStatus.From(s, start)))
            .Where(x => x.Backfill is not null).Select(x => (x.Entity, x.Backfill!)).ToList();
    }

    public static string Line(string entity, BackfillStatus b) => $"{entity} history: {b.Describe()}";
}
