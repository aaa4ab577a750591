using System.Linq.Expressions;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Mapping;

namespace Scorecard.Server.Sync.Steps;

/// <summary>Time entries, incrementally by <c>lastModifiedDateTime</c>, so late and edited entries arrive.</summary>
sealed class TimeEntryStep(SyncParts parts) : HistoryStep<TimeEntry, TimeEntryRow>(
    "TimeEntries", "lastModifiedDateTime", a => a.TimeEntries, TimeEntryMapping.ToRow, parts, new TimeEntryHistory());

/// <summary>Time history by <c>dateWorked</c>, a calendar date stored at midnight: windows compare dates, never shifted.</summary>
sealed class TimeEntryHistory : HistoryShape<TimeEntryRow>
{
    public override AutotaskFilter Recent(DateOnly from) => AutotaskFilter.Gte("dateWorked", SyncCalendar.AsStored(from));

    public override AutotaskFilter Window(DateOnly from, DateOnly to) => AutotaskFilter.And(
        AutotaskFilter.Gte("dateWorked", SyncCalendar.AsStored(from)),
        AutotaskFilter.Lt("dateWorked", SyncCalendar.AsStored(to)));

    public override AutotaskFilter Remaining(DateOnly start, DateOnly to, DateOnly? openBefore) => Window(start, to);

    public override Expression<Func<TimeEntryRow, bool>> Scope(DateOnly historyStart) => e => e.DateWorked >= historyStart;
}
