using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Data.Summaries;

namespace Scorecard.Server.Reports;

/// <summary>
/// Where <see cref="TicketPeriodCache"/> keeps its entries beyond this process: the <c>ticket_period_totals</c> table. A
/// restart, or a second instance on the same PostgreSQL, reads a selection's periods from it and checks them against
/// the newer ticket changes exactly as it checks its memory, instead of computing a million tickets' weeks again.
/// <para>
/// Writes go through a queue drained by this background service, never from a report's own path: on SQLite a report
/// must not wait behind a sync holding the write lock. A write that is lost (a crash, a failed transaction) only
/// means the periods are computed again later. Rows not checked for as long as ticket changes are kept are pruned:
/// they could no longer be checked.
/// </para>
/// </summary>
public sealed class TicketPeriodStore(IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock, ILogger<TicketPeriodStore> log)
    : BackgroundService
{
    readonly Channel<TicketPeriodTotalsRow> pending = Channel.CreateUnbounded<TicketPeriodTotalsRow>();
    readonly SemaphoreSlim writing = new(1, 1);

    /// <summary>The key a selection's rows are stored under: its scope text (zone and ticket filter) hashed.</summary>
    public static string ScopeKey(string scope) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope)));

    public void Save(TicketPeriodTotalsRow row) => pending.Writer.TryWrite(row);

    /// <summary>The rows of a selection inside [<paramref name="from"/>, <paramref name="to"/>] checked at or after <paramref name="checkedSince"/>.</summary>
    internal static Task<List<TicketPeriodTotalsRow>> LoadAsync(ScorecardDbContext db, string scopeKey, DateTime from, DateTime to,
        DateTime checkedSince, CancellationToken ct) =>
        db.TicketPeriodTotals.AsNoTracking()
            .Where(r => r.Scope == scopeKey && r.StartUtc >= from && r.StartUtc <= to && r.CheckedUtc >= checkedSince)
            .ToListAsync(ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await pending.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is computed again after the restart.
        }
    }

    /// <summary>Writes everything queued so far (the background loop does this; tests and benchmarks call it to know it is done).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        var count = 0;
        try
        {
            var batch = new Dictionary<(string, bool, DateTime, DateTime), TicketPeriodTotalsRow>();
            while (pending.Reader.TryRead(out var row))
            {
                var key = (row.Scope, row.IsAnchor, row.StartUtc, row.EndUtc);
                if (!batch.TryGetValue(key, out var queued) || queued.Version <= row.Version)
                {
                    batch[key] = row;
                }
            }

            count = batch.Count;
            if (count > 0)
            {
                await WriteAsync(batch.Values, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not store {Count} report periods; they will be computed again when needed", count);
        }
        finally
        {
            writing.Release();
        }
    }

    async Task WriteAsync(IEnumerable<TicketPeriodTotalsRow> rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var r in rows)
        {
            // The same statement on SQLite and PostgreSQL; a row computed at an older version never replaces a newer one.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ticket_period_totals ("Scope", "IsAnchor", "StartUtc", "EndUtc", "Version", "CheckedUtc", "Opened", "SameDay",
                  "StillOpen", "Young", "FirstResponses", "FirstResponseMedian", "Closed", "ResolutionSum", "ResolutionMedian", "WithSla",
                  "SlaMet", "ClosedCreatedBefore", "Backlog")
                VALUES ({r.Scope}, {r.IsAnchor}, {r.StartUtc}, {r.EndUtc}, {r.Version}, {r.CheckedUtc}, {r.Opened}, {r.SameDay},
                  {r.StillOpen}, {r.Young}, {r.FirstResponses}, {r.FirstResponseMedian}, {r.Closed}, {r.ResolutionSum}, {r.ResolutionMedian}, {r.WithSla},
                  {r.SlaMet}, {r.ClosedCreatedBefore}, {r.Backlog})
                ON CONFLICT ("Scope", "IsAnchor", "StartUtc", "EndUtc") DO UPDATE SET
                  "Version" = excluded."Version", "CheckedUtc" = excluded."CheckedUtc", "Opened" = excluded."Opened", "SameDay" = excluded."SameDay",
                  "StillOpen" = excluded."StillOpen", "Young" = excluded."Young", "FirstResponses" = excluded."FirstResponses",
                  "FirstResponseMedian" = excluded."FirstResponseMedian", "Closed" = excluded."Closed", "ResolutionSum" = excluded."ResolutionSum",
                  "ResolutionMedian" = excluded."ResolutionMedian", "WithSla" = excluded."WithSla", "SlaMet" = excluded."SlaMet",
                  "ClosedCreatedBefore" = excluded."ClosedCreatedBefore", "Backlog" = excluded."Backlog"
                WHERE ticket_period_totals."Version" <= excluded."Version"
                """, ct);
        }

        var untrusted = clock.GetUtcNow().UtcDateTime - TicketChanges.Kept;
        await db.TicketPeriodTotals.Where(r => r.CheckedUtc < untrusted).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }
}
