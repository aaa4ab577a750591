using Microsoft.EntityFrameworkCore;
using Scorecard.Definitions;
using Scorecard.Server.Data;

namespace Scorecard.Server.Reports;

/// <summary>
/// Filters that name a queue, company, resource or picklist value Autotask no longer has are
/// reported with the report rather than silently matching nothing. A kind of record that has not
/// been synced yet is not checked (and says so), so an empty table never floods the warnings.
/// </summary>
static class DefinitionWarnings
{
    public static async Task<IReadOnlyList<string>> FindAsync(ScorecardDbContext db, ScorecardDefinition definition, CancellationToken ct)
    {
        var warnings = new List<string>();
        var f = definition.Filter;
        var picklists = await db.Picklists.AsNoTracking().Where(p => p.Entity == "Tickets")
            .Select(p => new { p.Field, p.Value }).ToListAsync(ct);
        var known = picklists.ToLookup(p => p.Field, p => p.Value, StringComparer.OrdinalIgnoreCase);

        void Picklist(string field, string what, IEnumerable<int> ids)
        {
            var values = known[field].ToHashSet();
            var missing = ids.Where(id => !values.Contains(id)).Distinct().ToList();
            if (values.Count > 0 && missing.Count > 0)
            {
                warnings.Add($"The filter names {what} that Autotask no longer has: {string.Join(", ", missing)}.");
            }
        }

        Picklist("queueID", "queues", f.QueuesIn.Concat(f.QueuesOut).Concat(definition.Team.MemberQueues));
        Picklist("ticketType", "ticket types", f.TicketTypes);
        Picklist("source", "sources", f.Sources);
        Picklist("issueType", "issue types", f.IssueTypes);

        if (f.Companies.Count > 0)
        {
            var ids = f.Companies.Select(c => (long)c).ToList();
            var found = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            if (found.Count < ids.Distinct().Count() && await db.Companies.AnyAsync(ct))
            {
                warnings.Add($"The filter names companies that Autotask no longer has: {string.Join(", ", ids.Except(found))}.");
            }
        }

        if (definition.Team.Resources.Count > 0)
        {
            var ids = definition.Team.Resources.Select(r => (long)r).ToList();
            var found = await db.Resources.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct);
            if (found.Count < ids.Distinct().Count() && await db.Resources.AnyAsync(ct))
            {
                warnings.Add($"The team names resources that Autotask no longer has: {string.Join(", ", ids.Except(found))}.");
            }
        }

        return warnings;
    }
}
