using System.Linq.Expressions;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Mapping;

namespace Scorecard.Server.Sync.Steps;

/// <summary>
/// Tickets, incrementally by <c>lastActivityDate</c> (notes and time entries bump it too). A stored ticket
/// is only replaced by one at least as recent, so a history page read before a webhook refresh cannot undo it.
/// </summary>
sealed class TicketStep(SyncParts parts) : HistoryStep<Ticket, TicketRow>(
    "Tickets", "lastActivityDate", a => a.Tickets, TicketMapping.ToRow, parts, new TicketHistory(parts.Calendar),
    newerOnly: nameof(TicketRow.LastActivityDate));

/// <summary>
/// Ticket history by <c>createDate</c> (local midnights as UTC). Open tickets older than the recent window
/// load right after it, whatever their age, since the backlog counts them; older windows then hold only
/// completed tickets, so no ticket is read twice.
/// </summary>
sealed class TicketHistory(SyncCalendar calendar) : HistoryShape<TicketRow>
{
    public override bool HasOpenSegment => true;

    public override AutotaskFilter Recent(DateOnly from) => AutotaskFilter.Gte("createDate", calendar.StartUtc(from));

    public override AutotaskFilter Open(DateOnly recentFrom) =>
        AutotaskFilter.And(AutotaskFilter.NotExists("completedDate"), AutotaskFilter.Lt("createDate", calendar.StartUtc(recentFrom)));

    public override AutotaskFilter Window(DateOnly from, DateOnly to) => AutotaskFilter.And(
        AutotaskFilter.Exists("completedDate"),
        AutotaskFilter.Gte("createDate", calendar.StartUtc(from)),
        AutotaskFilter.Lt("createDate", calendar.StartUtc(to)));

    public override AutotaskFilter Remaining(DateOnly start, DateOnly to, DateOnly? openBefore)
    {
        var closed = Window(start, to);
        return openBefore is { } before && start < to ? AutotaskFilter.Or(Open(before), closed)
            : openBefore is { } only ? Open(only)
            : closed;
    }

    public override Expression<Func<TicketRow, bool>> Scope(DateOnly historyStart)
    {
        var start = calendar.StartUtc(historyStart);
        return t => t.CreateDate >= start || t.CompletedDate == null;
    }
}
