using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Api;
using Scorecard.Server.Data;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>Which tickets a number counts: one queue, or (null id) the whole tenant as the prototype did.</summary>
public sealed record QueueSelection(int? QueueId, string? Label)
{
    public static readonly QueueSelection All = new(null, null);

    public string Describe => QueueId is null ? "All queues" : $"{Label} ({QueueId})";
}

/// <summary>Finds a queue by name (as people call it) or id, from the synced picklist.</summary>
public sealed class QueueResolver(ScorecardDbContext db)
{
    /// <summary>The queue named or numbered by <paramref name="queue"/>; a 400 problem naming the known queues otherwise.</summary>
    public async Task<QueueSelection> ResolveAsync(string? queue, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(queue))
        {
            return QueueSelection.All;
        }

        var queues = await db.Picklists.AsNoTracking()
            .Where(p => p.Entity == "Tickets" && p.Field == "queueID")
            .Select(p => new { p.Value, p.Label })
            .ToListAsync(ct);
        var wanted = queue.Trim();
        var match = int.TryParse(wanted, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? queues.FirstOrDefault(q => q.Value == id)
            : queues.FirstOrDefault(q => string.Equals(q.Label, wanted, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return new QueueSelection(match.Value, match.Label);
        }

        var known = queues.Count == 0 ? "none synced yet" : string.Join(", ", queues.OrderBy(q => q.Label).Select(q => $"{q.Label} ({q.Value})"));
        throw ProblemException.BadRequest($"Unknown queue '{wanted}'. Known queues: {known}.");
    }
}
