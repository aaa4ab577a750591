using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Api;

namespace Scorecard.Server.Auth;

/// <summary>Local accounts and their single role: used by the setup page, the users API and the command line.</summary>
public sealed class UserAdmin(UserManager<IdentityUser> users, TimeProvider clock)
{
    public async Task<(IdentityUser? User, IdentityResult Result)> CreateAsync(string userName, string? email, string password, string role)
    {
        CheckRole(role);
        var user = new IdentityUser { UserName = userName.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created);
        }

        var added = await users.AddToRoleAsync(user, role);
        return (added.Succeeded ? user : null, added);
    }

    public async Task<List<UserInfo>> ListAsync(CancellationToken ct)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var list = new List<UserInfo>(all.Count);
        foreach (var u in all)
        {
            list.Add(await InfoAsync(u));
        }

        return list;
    }

    public async Task<IdentityUser?> FindAsync(string idOrName) =>
        await users.FindByIdAsync(idOrName) ?? await users.FindByNameAsync(idOrName);

    public async Task<UserInfo> InfoAsync(IdentityUser u)
    {
        var roles = await users.GetRolesAsync(u);
        var now = clock.GetUtcNow();
        return new UserInfo(u.Id, u.UserName ?? "", u.Email, roles.FirstOrDefault(Roles.IsKnown),
            u.LockoutEnd is { } end && end > now ? end.UtcDateTime : null, await users.HasPasswordAsync(u));
    }

    /// <summary>Gives the user exactly this role.</summary>
    public async Task<IdentityResult> SetRoleAsync(IdentityUser user, string role)
    {
        CheckRole(role);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != role));
        if (!removed.Succeeded || current.Contains(role))
        {
            return removed;
        }

        return await users.AddToRoleAsync(user, role);
    }

    public async Task<IdentityResult> SetPasswordAsync(IdentityUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await users.ResetPasswordAsync(user, token, password);
    }

    public async Task<IdentityResult> UnlockAsync(IdentityUser user)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
    }

    public Task<IdentityResult> DeleteAsync(IdentityUser user) => users.DeleteAsync(user);

    /// <summary>True when removing or demoting <paramref name="user"/> would leave no admin.</summary>
    public async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1;

    static void CheckRole(string role)
    {
        if (!Roles.IsKnown(role))
        {
            throw ProblemException.BadRequest($"role must be one of {Roles.Describe}; got '{role}'.");
        }
    }

    /// <summary>Identity's reasons as one sentence.</summary>
    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}

/// <summary>What the API shows of an account: never a password hash or security stamp.</summary>
public sealed record UserInfo(string Id, string UserName, string? Email, string? Role, DateTime? LockedUntilUtc, bool HasPassword);
