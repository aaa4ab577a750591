using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Scorecard.Server.Api;
using Scorecard.Server.Auth;

namespace Scorecard.Server.Features.Users;

/// <summary><c>/api/v1/users</c>: local accounts and their role (admin only).</summary>
static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        g.MapGet("", List).WithName("ListUsers").WithSummary("Every account with its role and lockout state.");
        g.MapPost("", Create).WithName("CreateUser").WithSummary("Creates a local account with a role.");
        g.MapGet("/{id}", Get).WithName("GetUser");
        g.MapPatch("/{id}", Update).WithName("UpdateUser").WithSummary("Changes the role, sets a new password, or unlocks.");
        g.MapDelete("/{id}", Delete).WithName("DeleteUser");
    }

    static Task<List<UserInfo>> List(UserAdmin admin, CancellationToken ct) => admin.ListAsync(ct);

    static async Task<Ok<UserInfo>> Get(string id, UserAdmin admin) => TypedResults.Ok(await admin.InfoAsync(await FindAsync(admin, id)));

    static async Task<Created<UserInfo>> Create(CreateUserRequest request, UserAdmin admin)
    {
        var (user, result) = await admin.CreateAsync(request.UserName!, request.Email, request.Password!, request.Role!);
        if (user is null)
        {
            throw Refused(result);
        }

        var info = await admin.InfoAsync(user);
        return TypedResults.Created($"/api/v1/users/{info.Id}", info);
    }

    static async Task<Ok<UserInfo>> Update(string id, UpdateUserRequest request, UserAdmin admin)
    {
        var user = await FindAsync(admin, id);
        if (request.Role is { } role)
        {
            if (role != Roles.Admin && await admin.IsLastAdminAsync(user))
            {
                throw LastAdmin();
            }

            Check(await admin.SetRoleAsync(user, role));
        }

        if (request.Password is { } password)
        {
            Check(await admin.SetPasswordAsync(user, password));
        }

        if (request.Unlock == true)
        {
            Check(await admin.UnlockAsync(user));
        }

        return TypedResults.Ok(await admin.InfoAsync(user));
    }

    static async Task<NoContent> Delete(string id, UserAdmin admin)
    {
        var user = await FindAsync(admin, id);
        if (await admin.IsLastAdminAsync(user))
        {
            throw LastAdmin();
        }

        Check(await admin.DeleteAsync(user));
        return TypedResults.NoContent();
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw Refused(result);
        }
    }

    static ProblemException Refused(IdentityResult result) =>
        result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
            ? new ProblemException(StatusCodes.Status409Conflict, "Conflict", UserAdmin.Describe(result))
            : ProblemException.BadRequest(UserAdmin.Describe(result));

    static ProblemException LastAdmin() =>
        new(StatusCodes.Status409Conflict, "Conflict", "This is the last admin: make another user admin first, so someone can still manage accounts.");

    static async Task<IdentityUser> FindAsync(UserAdmin admin, string id) =>
        await admin.FindAsync(id) ?? throw ProblemException.NotFound($"No user has the id or user name '{id}'.");
}

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "user_name is required.")]
    [property: StringLength(100, MinimumLength = 1, ErrorMessage = "user_name must be 1 to 100 characters.")]
    string? UserName,
    [property: EmailAddress(ErrorMessage = "email is not an e-mail address.")] string? Email,
    [property: Required(ErrorMessage = "password is required.")] string? Password,
    [property: Required(ErrorMessage = "role is required: viewer, editor or admin.")]
    [property: AllowedValues(Roles.Viewer, Roles.Editor, Roles.Admin, ErrorMessage = "role must be viewer, editor or admin.")]
    string? Role);

public sealed record UpdateUserRequest(
    [property: AllowedValues(null, Roles.Viewer, Roles.Editor, Roles.Admin, ErrorMessage = "role must be viewer, editor or admin.")] string? Role,
    string? Password,
    bool? Unlock);
