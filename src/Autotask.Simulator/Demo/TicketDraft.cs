using Autotask.Simulator.Tenant.Records;

namespace Autotask.Simulator.Demo;

/// <summary>A generated ticket before ids are assigned, with the time entries and notes written on it.</summary>
sealed record TicketDraft(SimTicket Ticket, List<SimTimeEntry> TimeEntries)
{
    public List<SimTicketNote> Notes { get; } = [];
}
