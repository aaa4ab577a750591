using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Scorecard.Server.Auth;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard users …</c>: local accounts from the shell (e.g. a first admin without the setup link).</summary>
static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "List and manage local accounts.");
        command.Add(List());
        command.Add(Add());
        command.Add(SetRole());
        command.Add(ResetPassword());
        command.Add(Unlock());
        command.Add(Remove());
        return command;
    }

    static Command List()
    {
        var json = CliOutput.JsonOption();
        var command = new Command("list", "Every account with its role and whether it is locked.") { json };
        command.SetAction(async (parse, ct) => await WithAdminAsync(ct, async admin =>
        {
            var users = await admin.ListAsync(ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(users);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("User", "E-mail", "Role", "Locked until (UTC)");
            foreach (var u in users)
            {
                table.AddRow(Markup.Escape(u.UserName), Markup.Escape(u.Email ?? ""), u.Role ?? "[red]none[/]", u.LockedUntilUtc?.ToString("u") ?? "");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    static Command Add()
    {
        var name = new Argument<string>("user-name") { Description = "The name to sign in with." };
        var role = RoleOption(required: true);
        var email = new Option<string?>("--email") { Description = "Optional e-mail address." };
        var command = new Command("add", "Create an account. The password is read from standard input (one line), or asked for when interactive.")
        {
            name, role, email,
        };
        command.SetAction(async (parse, ct) => await WithAdminAsync(ct, async admin =>
        {
            var (user, result) = await admin.CreateAsync(parse.GetValue(name)!, parse.GetValue(email), ReadPassword(), parse.GetValue(role)!);
            return user is null ? ScorecardCommandLine.Fail(UserAdmin.Describe(result)) : Done($"Created {user.UserName} ({parse.GetValue(role)}).");
        }));
        return command;
    }

    static Command SetRole()
    {
        var name = UserArgument();
        var role = new Argument<string>("role") { Description = "viewer, editor or admin." };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var command = new Command("set-role", "Give an account exactly this role.") { name, role };
        command.SetAction(async (parse, ct) => await WithUserAsync(parse.GetValue(name)!, ct, async (admin, user) =>
        {
            if (parse.GetValue(role) != Roles.Admin && await admin.IsLastAdminAsync(user))
            {
                return ScorecardCommandLine.Fail("This is the last admin: make another user admin first.");
            }

            return Result(await admin.SetRoleAsync(user, parse.GetValue(role)!), $"{user.UserName} is now {parse.GetValue(role)}.");
        }));
        return command;
    }

    static Command ResetPassword()
    {
        var name = UserArgument();
        var command = new Command("reset-password", "Set a new password (read like 'add' reads it).") { name };
        command.SetAction(async (parse, ct) => await WithUserAsync(parse.GetValue(name)!, ct, async (admin, user) =>
            Result(await admin.SetPasswordAsync(user, ReadPassword()), $"New password set for {user.UserName}.")));
        return command;
    }

    static Command Unlock()
    {
        var name = UserArgument();
        var command = new Command("unlock", "End a lockout after too many wrong passwords.") { name };
        command.SetAction(async (parse, ct) => await WithUserAsync(parse.GetValue(name)!, ct, async (admin, user) =>
            Result(await admin.UnlockAsync(user), $"{user.UserName} is unlocked.")));
        return command;
    }

    static Command Remove()
    {
        var name = UserArgument();
        var command = new Command("remove", "Delete an account.") { name };
        command.SetAction(async (parse, ct) => await WithUserAsync(parse.GetValue(name)!, ct, async (admin, user) =>
            await admin.IsLastAdminAsync(user)
                ? ScorecardCommandLine.Fail("This is the last admin: make another user admin first.")
                : Result(await admin.DeleteAsync(user), $"Removed {user.UserName}.")));
        return command;
    }

    static Argument<string> UserArgument() => new("user") { Description = "The user name (or id)." };

    public static Option<string> RoleOption(bool required)
    {
        var role = new Option<string>("--role") { Description = "viewer (reads), editor (edits scorecards and goals) or admin (users, keys, settings, sync).", Required = required };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        return role;
    }

    static async Task<int> WithAdminAsync(CancellationToken ct, Func<UserAdmin, Task<int>> action)
    {
        await using var host = await CliHost.StartAsync(migrate: true, ct);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserAdmin>());
    }

    static Task<int> WithUserAsync(string name, CancellationToken ct, Func<UserAdmin, IdentityUser, Task<int>> action) =>
        WithAdminAsync(ct, async admin => await admin.FindAsync(name) is { } user
            ? await action(admin, user)
            : ScorecardCommandLine.Fail($"No user '{name}'.", ExitCodes.NotFound));

    static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
    }

    static int Result(IdentityResult result, string done) => result.Succeeded ? Done(done) : ScorecardCommandLine.Fail(UserAdmin.Describe(result));

    static int Done(string message)
    {
        AnsiConsole.WriteLine(message);
        return ExitCodes.Ok;
    }
}
