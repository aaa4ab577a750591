using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// The tenant's picklist labels (status, priority, queue, source, issue and ticket type…), so every
/// number is shown with its name. Labels change rarely: they are refreshed at most hourly, which keeps
/// idle cycles cheap, and replaced whole in one transaction.
/// </summary>
sealed class PicklistStep(SyncParts parts) : ISyncStep
{
    static readonly TimeSpan RefreshEvery = TimeSpan.FromHours(1);

    static readonly (string Entity, string[] Fields)[] Wanted =
    [
        ("Tickets", ["status", "priority", "queueID", "source", "ticketType", "issueType", "subIssueType", "serviceLevelAgreementID", "ticketCategory"]),
        ("TimeEntries", ["timeEntryType"]),
        ("Companies", ["companyType"]),
        ("Contracts", ["contractType", "status"]),
        ("Projects", ["status", "projectType"]),
        ("Tasks", ["status"]),
    ];

    public string Entity => "Picklists";

    public async Task RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var state = await parts.States.GetAsync(Entity, cancellationToken);
        if (state.Watermark is { } last && run.Started - last < RefreshEvery && !run.Cycle.Request.Full)
        {
            return;
        }

        var rows = new List<PicklistRow>();
        foreach (var (entity, fields) in Wanted)
        {
            var metadata = await parts.Autotask.Metadata.GetFieldsAsync(entity, refresh: true, cancellationToken);
            foreach (var f in metadata.Where(f => f.IsPickList && fields.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
            {
                rows.AddRange((f.PicklistValues ?? []).Where(v => v.IntValue is not null).Select(v => new PicklistRow
                {
                    Entity = entity, Field = f.Name, Value = v.IntValue!.Value, Label = v.Label, IsActive = v.IsActive, SortOrder = v.SortOrder,
                }));
            }
        }

        await using var write = await parts.Storage.BeginAsync(cancellationToken, run.AddStoring);
        await write.DeleteAsync<PicklistRow>(_ => true, cancellationToken);
        write.Db.Picklists.AddRange(rows.DistinctBy(r => (r.Entity, r.Field, r.Value)));
        state.Watermark = run.Started;
        write.Save(state);
        await write.CommitAsync(cancellationToken);
        run.Stored(rows.Count);
    }
}
