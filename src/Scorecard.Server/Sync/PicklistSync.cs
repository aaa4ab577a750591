using Autotask.Client;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>
/// The tenant's picklist labels (status, priority, queue…), so every number is shown with its name.
/// Labels change rarely: they are refreshed at most hourly, which keeps idle cycles cheap.
/// </summary>
sealed class PicklistSync(AutotaskClient autotask, IDbContextFactory<ScorecardDbContext> dbFactory, TimeProvider clock,
    ILogger<PicklistSync> logger) : ISyncStep
{
    static readonly TimeSpan RefreshEvery = TimeSpan.FromHours(1);

    static readonly (string Entity, string[] Fields)[] Wanted =
    [
        ("Tickets", ["status", "priority", "queueID", "source", "ticketType", "issueType", "subIssueType", "serviceLevelAgreementID"]),
        ("TimeEntries", ["timeEntryType"]),
    ];

    public string Entity => "Picklists";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.SyncStates.FindAsync([Entity], cancellationToken);
        if (state?.LastRunCompletedUtc is { } last && now - last < RefreshEvery)
        {
            return 0;
        }

        var rows = new List<PicklistRow>();
        foreach (var (entity, fields) in Wanted)
        {
            var metadata = await autotask.Metadata.GetFieldsAsync(entity, refresh: true, cancellationToken);
            foreach (var f in metadata.Where(f => f.IsPickList && fields.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
            {
                rows.AddRange((f.PicklistValues ?? []).Where(v => v.IntValue is not null).Select(v => new PicklistRow
                {
                    Entity = entity, Field = f.Name, Value = v.IntValue!.Value, Label = v.Label, IsActive = v.IsActive, SortOrder = v.SortOrder,
                }));
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Picklists.ExecuteDeleteAsync(cancellationToken);
        db.Picklists.AddRange(rows.DistinctBy(r => (r.Entity, r.Field, r.Value)));
        state ??= db.SyncStates.Add(new SyncStateRow { Entity = Entity }).Entity;
        state.LastRunStartedUtc = now;
        state.LastRunCompletedUtc = clock.GetUtcNow().UtcDateTime;
        state.LastRunRecords = rows.Count;
        state.Watermark = now;
        state.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        await DataVersion.BumpAsync(db, now, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        logger.LogInformation("Synced {Count} picklist values", rows.Count);
        return rows.Count;
    }
}
