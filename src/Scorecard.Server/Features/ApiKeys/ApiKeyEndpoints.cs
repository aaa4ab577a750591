using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scorecard.Server.Api;
using Scorecard.Server.Auth;
using Scorecard.Server.Auth.ApiKeys;

namespace Scorecard.Server.Features.ApiKeys;

/// <summary><c>/api/v1/apikeys</c>: keys for scripts (admin only). A key is returned once, when created.</summary>
static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/apikeys").WithTags("API keys").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("", List).WithName("ListApiKeys").WithSummary("Every key: name, prefix, role, when used; never the key.");
        g.MapPost("", Create).WithName("CreateApiKey").WithSummary("Creates a key and returns it, this once.");
        g.MapDelete("/{id}", Revoke).WithName("RevokeApiKey").WithSummary("Revokes a key (by id or prefix); it stops working at once.");
    }

    static Task<List<ApiKeyInfo>> List(ApiKeyStore keys, CancellationToken ct) => keys.ListAsync(ct);

    static async Task<Created<CreatedApiKeyResponse>> Create(CreateApiKeyRequest request, ApiKeyStore keys, ClaimsPrincipal user, CancellationToken ct)
    {
        var created = await keys.CreateAsync(request.Name!, request.Role!, user.Identity?.Name, ct);
        return TypedResults.Created($"/api/v1/apikeys/{created.Info.Id}", CreatedApiKeyResponse.From(created));
    }

    static async Task<Ok<ApiKeyInfo>> Revoke(string id, ApiKeyStore keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.RevokeAsync(id, ct) ?? throw ProblemException.NotFound($"No API key has the id or prefix '{id}'."));
}

public sealed record CreateApiKeyRequest(
    [property: Required(ErrorMessage = "name is required: say what the key is for.")]
    [property: StringLength(100, MinimumLength = 1, ErrorMessage = "name must be 1 to 100 characters.")]
    string? Name,
    [property: Required(ErrorMessage = "role is required: viewer, editor or admin.")]
    [property: AllowedValues(Roles.Viewer, Roles.Editor, Roles.Admin, ErrorMessage = "role must be viewer, editor or admin.")]
    string? Role);

/// <summary>The new key with its details. The key is shown only here: store it now.</summary>
public sealed record CreatedApiKeyResponse(int Id, string Name, string Prefix, string Role, DateTime CreatedUtc, string Key)
{
    public static CreatedApiKeyResponse From(CreatedApiKey k) => new(k.Info.Id, k.Info.Name, k.Info.Prefix, k.Info.Role, k.Info.CreatedUtc, k.Key);
}
