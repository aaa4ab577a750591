using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Api;
using Scorecard.Server.Data;
using Scorecard.Server.Reports;

namespace Scorecard.Server.Features.ScorecardDefinitions;

/// <summary>The stored scorecards under <c>/api/v1/scorecards</c>: list, get, create, replace, delete, and edit the measurables.</summary>
static class ScorecardDefinitionEndpoints
{
    public static RouteGroupBuilder MapScorecardDefinitions(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/scorecards").WithTags("Scorecards");
        g.MapGet("/", List).WithName("ListScorecards");
        g.MapGet("/{key}", Get).WithName("GetScorecardDefinition");
        g.MapPost("/", Create).WithName("CreateScorecard");
        g.MapPut("/{key}", Replace).WithName("ReplaceScorecard");
        g.MapDelete("/{key}", Delete).WithName("DeleteScorecard");
        g.MapPut("/{key}/measurables", ReplaceMeasurables).WithName("ReplaceMeasurables");
        return g;
    }

    static async Task<Ok<List<ScorecardSummary>>> List(ScorecardStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(d => new ScorecardSummary(d.Id, d.Slug, d.Name, d.Description, d.Measurables.Count, d.Version)).ToList());

    static async Task<Ok<ScorecardBody>> Get(string key, ScorecardStore store, ScorecardDbContext db, CancellationToken ct)
    {
        var d = await FindAsync(store, key, ct);
        return TypedResults.Ok(ScorecardBody.From(d, await DefinitionWarnings.FindAsync(db, d, ct)));
    }

    static async Task<Created<ScorecardBody>> Create(ScorecardRequest? request, ScorecardStore store, CancellationToken ct)
    {
        var definition = ScorecardValidation.ToDefinition(request ?? throw ProblemException.BadRequest("Send the scorecard as JSON."), null);
        await EnsureSlugFreeAsync(store, definition.Slug, 0, ct);
        var created = await store.CreateAsync(definition, ct);
        return TypedResults.Created($"/api/v1/scorecards/{created.Id}", ScorecardBody.From(created));
    }

    static async Task<Ok<ScorecardBody>> Replace(string key, ScorecardRequest? request, ScorecardStore store, CancellationToken ct)
    {
        var existing = await FindAsync(store, key, ct);
        var definition = ScorecardValidation.ToDefinition(request ?? throw ProblemException.BadRequest("Send the scorecard as JSON."), existing);
        await EnsureSlugFreeAsync(store, definition.Slug, existing.Id, ct);
        var updated = await store.UpdateAsync(existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), definition, request.Measurables is not null, ct);
        return TypedResults.Ok(ScorecardBody.From(updated ?? throw NotFound(key)));
    }

    static async Task<Ok<ScorecardBody>> ReplaceMeasurables(string key, List<MeasurableBody>? measurables,
        ScorecardStore store, CancellationToken ct)
    {
        var existing = await FindAsync(store, key, ct);
        var errors = new List<string>();
        var list = ScorecardValidation.Measurables(measurables ?? throw ProblemException.BadRequest("Send the measurables as a JSON array."), errors);
        if (errors.Count > 0)
        {
            throw ProblemException.BadRequest(string.Join(" ", errors));
        }

        var updated = await store.UpdateAsync(existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), existing with { Measurables = list }, true, ct);
        return TypedResults.Ok(ScorecardBody.From(updated ?? throw NotFound(key)));
    }

    static async Task<NoContent> Delete(string key, ScorecardStore store, CancellationToken ct) =>
        await store.DeleteAsync(key, ct) ? TypedResults.NoContent() : throw NotFound(key);

    static async Task EnsureSlugFreeAsync(ScorecardStore store, string slug, long exceptId, CancellationToken ct)
    {
        if (await store.SlugTakenAsync(slug, exceptId, ct))
        {
            throw ProblemException.BadRequest($"slug '{slug}' is already used by another scorecard.");
        }
    }

    public static async Task<Scorecard.Definitions.ScorecardDefinition> FindAsync(ScorecardStore store, string key, CancellationToken ct) =>
        await store.FindAsync(key, ct) ?? throw NotFound(key);

    static ProblemException NotFound(string key) => new(StatusCodes.Status404NotFound, "Not found", $"No scorecard has the id or slug '{key}'.");
}
