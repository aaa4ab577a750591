using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>Time entries, incrementally by <c>lastModifiedDateTime</c>, so late and edited entries arrive.</summary>
sealed class TimeEntrySync(AutotaskClient autotask, IDbContextFactory<ScorecardDbContext> db, TimeProvider clock,
    IOptions<ScorecardOptions> options, ILogger<TimeEntrySync> logger)
    : IncrementalSync<TimeEntry, TimeEntryRow>(db, clock, options, logger)
{
    public override string Entity => "TimeEntries";

    protected override string ModifiedField => "lastModifiedDateTime";

    protected override IAsyncEnumerable<TimeEntry> Query(AutotaskFilter filter, QueryOptions queryOptions, CancellationToken ct) =>
        autotask.TimeEntries.QueryAsync(filter, queryOptions, ct);

    protected override long IdOf(TimeEntry model) => model.Id;

    protected override DbSet<TimeEntryRow> Rows(ScorecardDbContext db) => db.TimeEntries;


    protected override TimeEntryRow Apply(TimeEntry e, TimeEntryRow? row, DateTime syncedAt)
    {
        row ??= new TimeEntryRow { Id = e.Id };
        row.ResourceId = e.ResourceID;
        row.TicketId = e.TicketID;
        row.TaskId = e.TaskID;
        row.DateWorked = e.WorkDate;
        row.HoursWorked = e.HoursWorked;
        row.IsNonBillable = e.IsNonBillable;
        row.BillingCodeId = e.BillingCodeID;
        row.CreateDateTime = e.CreateDateTime?.UtcDateTime;
        row.LastModifiedDateTime = e.LastModifiedDateTime?.UtcDateTime;
        row.SyncedAt = syncedAt;
        return row;
    }
}
