using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;

namespace Scorecard.Server.Dashboard.Shared;

/// <summary>Names for the ids a page shows (queues, statuses, priorities, companies, technicians), read once per page.</summary>
public sealed class Labels(IDbContextFactory<ScorecardDbContext> dbFactory)
{
    Dictionary<(string Field, int Value), string>? picklists;
    Dictionary<long, string>? companies;
    Dictionary<long, string>? resources;

    public async Task LoadAsync(CancellationToken ct)
    {
        if (picklists is not null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        picklists = (await db.Picklists.AsNoTracking().Where(p => p.Entity == "Tickets").ToListAsync(ct))
            .GroupBy(p => (p.Field, p.Value)).ToDictionary(g => g.Key, g => g.First().Label);
        companies = await db.Companies.AsNoTracking().Where(c => c.CompanyName != null).ToDictionaryAsync(c => c.Id, c => c.CompanyName!, ct);
        resources = (await db.Resources.AsNoTracking().ToListAsync(ct)).ToDictionary(r => r.Id, r => r.DisplayName);
    }

    public string Queue(int? id) => id is { } q ? Pick("queueID", q) : "–";

    public string Status(int id) => Pick("status", id);

    public string Priority(int id) => Pick("priority", id);

    public string Company(int id) => companies?.GetValueOrDefault(id) ?? $"Company {id}";

    public string Resource(int? id) => id is not { } r ? "Unassigned" : resources?.GetValueOrDefault(r) is { Length: > 0 } name ? name : $"Resource {r}";

    /// <summary>The queues known to the tenant, by label, for pickers.</summary>
    public IReadOnlyList<(int Id, string Label)> Queues() =>
        picklists?.Where(p => p.Key.Field == "queueID").Select(p => (Id: p.Key.Value, Label: p.Value)).OrderBy(q => q.Label, StringComparer.OrdinalIgnoreCase).ToList() ?? [];

    string Pick(string field, int value) => picklists?.GetValueOrDefault((field, value)) ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
