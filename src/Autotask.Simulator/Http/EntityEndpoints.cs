using System.Net;
using System.Text.Json;
using Autotask.Simulator.Query;
using Autotask.Simulator.Tenant;

namespace Autotask.Simulator.Http;

/// <summary>Query, count, get-by-id and metadata for every entity (autotask-api.md §2, §4).</summary>
static class EntityEndpoints
{
    public static void MapEntities(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/ATServicesRest/V1.0");
        v1.MapGet("/ThresholdInformation", Threshold);
        v1.MapMethods("/{entity}/query", ["GET", "POST"], Query);
        v1.MapMethods("/{entity}/query/next", ["GET", "POST"], Next);
        v1.MapMethods("/{entity}/query/count", ["GET", "POST"], Count);
        v1.MapGet("/{entity}/entityInformation", (HttpContext ctx, string entity, SimulatorState s) =>
            WithTable(ctx, s, entity, t => JsonResponses.Ok(ctx, t.WriteEntityInformation)));
        v1.MapGet("/{entity}/entityInformation/fields", (HttpContext ctx, string entity, SimulatorState s) =>
            WithTable(ctx, s, entity, t => JsonResponses.Ok(ctx, w => t.WriteFields(w, s.Tenant.Picklists))));
        v1.MapGet("/{entity}/entityInformation/userDefinedFields", (HttpContext ctx, string entity, SimulatorState s) =>
            WithTable(ctx, s, entity, t => JsonResponses.Ok(ctx, t.WriteUdfDefinitions)));
        v1.MapGet("/{entity}/{id:long}", GetById);
        v1.MapWebhooks();
        v1.MapWrites();

        // Autotask has no PATCH/PUT on {Entity}/{id} and no root GET: both answer 405.
        v1.MapMethods("/{entity}/{id:long}", ["PATCH", "PUT"], (HttpContext ctx) => NotAllowed(ctx));
        v1.MapGet("/{entity}", (HttpContext ctx) => NotAllowed(ctx));

        // Entities without writes here refuse them the way Web API refuses an unmapped verb.
        v1.MapMethods("/{entity}", ["POST", "PATCH", "PUT"], (HttpContext ctx) => NotAllowed(ctx));
        v1.MapDelete("/{entity}/{id:long}", (HttpContext ctx) => NotAllowed(ctx));
    }

    static Task Query(HttpContext ctx, string entity, SimulatorState state) => WithTable(ctx, state, entity, async table =>
    {
        var search = await SearchOf(ctx);
        var request = QueryRequest.Parse(search, state.Options.Behaviour);
        await WritePage(ctx, table, request, search, long.MinValue);
    });

    static Task Next(HttpContext ctx, string entity, SimulatorState state) => WithTable(ctx, state, entity, async table =>
    {
        var cursor = PageCursor.Parse(ctx.Request.Query["paging"]);
        if (!string.Equals(cursor.Method, ctx.Request.Method, StringComparison.OrdinalIgnoreCase))
        {
            // A cursor started with POST must be continued with POST (autotask-api.md §2.3).
            await JsonResponses.Message(ctx, HttpStatusCode.MethodNotAllowed,
                $"The requested resource does not support http method '{ctx.Request.Method}'.");
            return;
        }

        // The search travels in the URL, so a POST continuation works with or without a body.
        var search = ctx.Request.Query["search"].ToString();
        var request = QueryRequest.Parse(search, state.Options.Behaviour) with { MaxRecords = cursor.PageSize };
        await WritePage(ctx, table, request, search, cursor.LastId);
    });

    static Task Count(HttpContext ctx, string entity, SimulatorState state) => WithTable(ctx, state, entity, async table =>
    {
        var request = QueryRequest.Parse(await SearchOf(ctx), state.Options.Behaviour);
        var n = table.Count(request);
        await JsonResponses.Ok(ctx, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("queryCount", n);
            w.WriteEndObject();
        });
    });

    static Task GetById(HttpContext ctx, string entity, long id, SimulatorState state) => WithTable(ctx, state, entity, async table =>
    {
        await JsonResponses.Write(ctx, w =>
            table.WriteItem(w, id) || !state.Options.Behaviour.NotFoundForMissingId ? 200 : 404);
    });

    static Task Threshold(HttpContext ctx, SimulatorState state) => JsonResponses.Ok(ctx, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("externalRequestThreshold", state.Budget.Threshold);
        w.WriteNumber("requestThresholdTimeframe", 60);
        w.WriteNumber("currentTimeframeRequestCount", state.Budget.CurrentCount);
        w.WriteEndObject();
    });

    static Task WritePage(HttpContext ctx, IEntityTable table, QueryRequest request, string search, long afterId)
    {
        var self = SelfUrl.Base(ctx);
        var method = ctx.Request.Method.ToUpperInvariant();
        return JsonResponses.Ok(ctx, w => table.WritePage(w, request, afterId, lastId =>
            $"{self}/ATServicesRest/V1.0/{table.PathName}/query/next" +
            $"?paging={Uri.EscapeDataString(new PageCursor(request.MaxRecords, lastId, method).ToJson())}" +
            $"&search={Uri.EscapeDataString(search)}"));
    }

    static async Task<string> SearchOf(HttpContext ctx)
    {
        if (HttpMethods.IsGet(ctx.Request.Method))
        {
            var search = ctx.Request.Query["search"].ToString();
            return string.IsNullOrEmpty(search)
                ? throw new QueryException("The search parameter is required.")
                : search;
        }

        using var reader = new StreamReader(ctx.Request.Body);
        return await reader.ReadToEndAsync(ctx.RequestAborted);
    }

    static Task WithTable(HttpContext ctx, SimulatorState state, string entity, Func<IEntityTable, Task> action) =>
        state.Tenant.Tables.TryGetValue(entity, out var table)
            ? JsonResponses.Guard(ctx, () => action(table))
            : JsonResponses.Message(ctx, HttpStatusCode.NotFound, $"No HTTP resource was found that matches the request URI '{ctx.Request.Path}'.");

    static Task NotAllowed(HttpContext ctx) => JsonResponses.Message(ctx, HttpStatusCode.MethodNotAllowed,
        $"The requested resource does not support http method '{ctx.Request.Method}'.");
}

/// <summary>The opaque <c>paging</c> parameter of a <c>nextPageUrl</c>.</summary>
sealed record PageCursor(int PageSize, long LastId, string Method)
{
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["pageSize"] = PageSize,
        ["lastId"] = LastId,
        ["method"] = Method,
    });

    public static PageCursor Parse(string? json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json ?? "");
            var root = doc.RootElement;
            return new PageCursor(root.GetProperty("pageSize").GetInt32(), root.GetProperty("lastId").GetInt64(),
                root.GetProperty("method").GetString() ?? "POST");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new QueryException("The paging parameter is not valid.");
        }
    }
}
