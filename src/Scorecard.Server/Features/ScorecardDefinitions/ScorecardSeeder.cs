using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Definitions;
using Scorecard.Goals;
using Scorecard.Metrics;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>
/// Seeds the default scorecards once, as soon as the tenant's queues are known: "Service desk"
/// (every queue but the alert and monitoring ones, recognised by name) and, when a queue of that
/// name exists, one for the configured default queue (ROC). Goals come from <c>Scorecard:Goals</c>;
/// after seeding, the database is the truth and the seed never runs again.
/// </summary>
public sealed class ScorecardSeeder(IDbContextFactory<ScorecardDbContext> dbFactory, IOptions<ScorecardOptions> options,
    TimeProvider clock, ILogger<ScorecardSeeder> logger)
{
    readonly SemaphoreSlim gate = new(1, 1);
    volatile bool seeded;

    public async Task EnsureSeededAsync(CancellationToken ct)
    {
        if (seeded)
        {
            return;
        }

        await gate.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await db.ScorecardSeeds.AnyAsync(ct))
            {
                seeded = true;
                return;
            }

            var queues = await db.Picklists.AsNoTracking().Where(p => p.Entity == "Tickets" && p.Field == "queueID")
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Value).ToListAsync(ct);
            if (queues.Count == 0)
            {
                return; // the first sync has not brought the queues yet
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var card in Defaults(queues, options.Value))
            {
                var row = new ScorecardRow { CreatedUtc = now, UpdatedUtc = now, Measurables = card.Measurables.Select(m => m.ToRow()).ToList() };
                card.CopyTo(row);
                db.Scorecards.Add(row);
            }

            db.ScorecardSeeds.Add(new ScorecardSeedRow { SeededUtc = now });
            await db.SaveChangesAsync(ct);
            seeded = true;
            logger.LogInformation("Seeded the default scorecards from {Count} queues", queues.Count);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            seeded = true; // another instance seeded first
        }
        finally
        {
            gate.Release();
        }
    }

    static IEnumerable<ScorecardDefinition> Defaults(IReadOnlyList<PicklistRow> queues, ScorecardOptions o)
    {
        var patterns = o.Seed.Patterns;
        var excluded = queues.Where(q => patterns.Any(p => q.Label.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        var measurables = Measurables(o);
        var left = excluded.Count == 0 ? "none matched" : string.Join(", ", excluded.Select(q => $"{q.Label} ({q.Value})"));
        yield return new ScorecardDefinition(0, "service-desk", "Service desk",
            $"Every queue except alert and monitoring queues, recognised by name (patterns: {string.Join(", ", patterns)}; " +
            $"setting Scorecard:Seed:ExcludeQueuePatterns). Left out: {left}. Edit the excluded queues here.",
            TicketFilter.None with { QueuesOut = excluded.Select(q => q.Value).ToList() }, Team.None, measurables, 1);

        var name = o.DefaultQueue?.Trim();
        if (!string.IsNullOrEmpty(name) && queues.FirstOrDefault(q => string.Equals(q.Label, name, StringComparison.OrdinalIgnoreCase)) is { } roc)
        {
            yield return new ScorecardDefinition(0, Slugs.From(roc.Label), roc.Label,
                $"The tickets of queue {roc.Label} ({roc.Value}) and the time entered on them (Scorecard:DefaultQueue).",
                TicketFilter.None with { QueuesIn = [roc.Value] }, Team.None, measurables, 1);
        }
    }

    /// <summary>The first dashboard's four measurables plus every metric with a configured goal, in catalogue order.</summary>
    static List<Measurable> Measurables(ScorecardOptions o) => MetricCatalog.All
        .Where(m => MetricCatalog.DefaultMeasurables.Contains(m.Id) || o.Goals.ContainsKey(m.Id))
        .Select((m, i) => new Measurable(m.Id, o.Goals.TryGetValue(m.Id, out var g) ? new Goal(g.Target, g.Direction, g.Tolerance) : null, null, i + 1))
        .ToList();
}
