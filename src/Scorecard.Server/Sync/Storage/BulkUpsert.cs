using Scorecard.Server.Data;

namespace Scorecard.Server.Sync.Storage;

/// <summary>
/// Writes many rows in the caller's transaction, inserting new ids and updating known ones, in the way
/// the database does fastest (<see cref="SqliteBulkUpsert"/>, <see cref="PostgresBulkUpsert"/>): EF's
/// change tracking costs more than the reading it would have to keep up with.
/// </summary>
abstract class BulkUpsert
{
    /// <summary>
    /// Upserts <paramref name="rows"/> (ids unique). With <paramref name="newerOnly"/> (a date-time
    /// property), a stored row is only replaced by one whose value there is at least as recent: a late
    /// write of older data, e.g. a history page read before a webhook refresh, never wins.
    /// </summary>
    public abstract Task UpsertAsync<TRow>(ScorecardDbContext db, IReadOnlyList<TRow> rows, string? newerOnly, CancellationToken ct)
        where TRow : class;

    /// <summary>Sets up the connection of a sync transaction before it begins (cheap, once per transaction).</summary>
    public virtual Task PrepareAsync(ScorecardDbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Sets up a sync transaction once it has begun.</summary>
    public virtual Task BegunAsync(ScorecardDbContext db, CancellationToken ct) => Task.CompletedTask;

    protected static string UpdateList(RowTable table, string excluded) =>
        string.Join(", ", table.Columns.Where(c => !c.IsKey).Select(c => $"{RowTable.Quote(c.Name)} = {excluded}.{RowTable.Quote(c.Name)}"));

    protected static string NewerOnlyClause(RowTable table, string? newerOnly, string excluded)
    {
        if (newerOnly is null)
        {
            return "";
        }

        var c = RowTable.Quote(table.Column(newerOnly).Name);
        var t = RowTable.Quote(table.Name);
        return $" WHERE {t}.{c} IS NULL OR {excluded}.{c} IS NULL OR {t}.{c} <= {excluded}.{c}";
    }
}
