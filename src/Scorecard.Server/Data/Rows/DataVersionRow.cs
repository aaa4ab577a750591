namespace Scorecard.Server.Data.Rows;

/// <summary>
/// One row that counts changes to the synced data. Every write of synced rows (a sync batch, a
/// webhook refresh, a deletion) bumps it in the same transaction, so anything computed from the
/// data can be cached under the version it was computed at and is never served once it is stale.
/// </summary>
public sealed class DataVersionRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }

    public DateTime ChangedUtc { get; set; }
}
