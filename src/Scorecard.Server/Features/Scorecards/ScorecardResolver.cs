using Microsoft.Extensions.Options;
using Scorecard.Definitions;
using Scorecard.Server.Api;
using Scorecard.Server.Configuration;
using Scorecard.Server.Features.ScorecardDefinitions;

namespace Scorecard.Server.Features.Scorecards;

/// <summary>
/// What the prototype's endpoints and the dashboard report on: a stored scorecard (<c>scorecard</c>,
/// by id or slug), one queue (<c>queue</c>, by name or id), or without either the whole tenant.
/// </summary>
public sealed class ScorecardResolver(ScorecardStore store, QueueResolver queues, IOptions<ScorecardOptions> options)
{
    public async Task<ScorecardDefinition> ResolveAsync(string? queue, string? scorecard, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(queue) && !string.IsNullOrWhiteSpace(scorecard))
        {
            throw ProblemException.BadRequest("Give either queue or scorecard, not both.");
        }

        if (!string.IsNullOrWhiteSpace(scorecard))
        {
            return await store.FindAsync(scorecard, ct) ?? throw ProblemException.BadRequest(
                $"Unknown scorecard '{scorecard.Trim()}'. Known scorecards: {await KnownAsync(ct)}.");
        }

        var selection = await queues.ResolveAsync(queue, ct);
        return selection.QueueId is { } id ? ScorecardDefinition.ForQueue(id, selection.Label!) : ScorecardDefinition.WholeTenant;
    }

    /// <summary>
    /// The dashboard's default: the scorecard of the configured default queue, else "Service desk",
    /// else the first stored one; the whole tenant while none is stored yet.
    /// </summary>
    public async Task<ScorecardDefinition> DefaultAsync(CancellationToken ct) => Default(await store.ListAsync(ct));

    /// <summary>The default among scorecards the caller has just listed.</summary>
    public ScorecardDefinition Default(IReadOnlyList<ScorecardDefinition> all)
    {
        var preferred = options.Value.DefaultQueue is { Length: > 0 } q ? Slugs.From(q) : null;
        return all.FirstOrDefault(s => s.Slug == preferred) ?? all.FirstOrDefault(s => s.Slug == "service-desk")
            ?? all.FirstOrDefault() ?? ScorecardDefinition.WholeTenant;
    }

    async Task<string> KnownAsync(CancellationToken ct)
    {
        var all = await store.ListAsync(ct);
        return all.Count == 0 ? "none yet" : string.Join(", ", all.Select(s => $"{s.Slug} ({s.Id})"));
    }
}
