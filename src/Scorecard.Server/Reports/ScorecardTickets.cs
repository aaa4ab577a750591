using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Reports;

/// <summary>The tickets a scorecard selects, as a query other features can page, sort and count (the same filter SQL as the report).</summary>
public static class ScorecardTickets
{
    public static IQueryable<TicketRow> Select(ScorecardDbContext db, ScorecardDefinition definition)
    {
        if (definition.Filter.IsEmpty)
        {
            return db.Tickets.AsNoTracking();
        }

        var text = $"SELECT t.* FROM tickets t WHERE {new Selection(definition).TicketFilter}";
        return db.Tickets.FromSqlRaw(text).AsNoTracking();
    }
}
