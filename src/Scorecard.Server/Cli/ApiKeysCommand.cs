using System.CommandLine;
using Scorecard.Server.Auth.ApiKeys;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary><c>scorecard apikeys …</c>: keys for scripts. A new key is printed once, alone on standard output.</summary>
static class ApiKeysCommand
{
    public static Command Create()
    {
        var command = new Command("apikeys", "List, create and revoke API keys (sent as 'Authorization: Bearer <key>').");
        command.Add(List());
        command.Add(CreateKey());
        command.Add(Revoke());
        return command;
    }

    static Command List()
    {
        var json = CliOutput.JsonOption();
        var command = new Command("list", "Every key: id, name, prefix, role, last use. Never the key itself.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var keys = await host.Services.GetRequiredService<ApiKeyStore>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(keys);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Name", "Prefix", "Role", "Created (UTC)", "Last used (UTC)", "Revoked");
            foreach (var k in keys)
            {
                table.AddRow(k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(k.Name), k.Prefix, k.Role,
                    k.CreatedUtc.ToString("u"), k.LastUsedUtc?.ToString("u") ?? "never", k.RevokedUtc?.ToString("u") ?? "");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command CreateKey()
    {
        var name = new Argument<string>("name") { Description = "What the key is for, e.g. \"nightly export\"." };
        var role = UsersCommand.RoleOption(required: true);
        var command = new Command("create", "Create a key and print it once (store it now: only its hash is kept).") { name, role };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var created = await host.Services.GetRequiredService<ApiKeyStore>().CreateAsync(parse.GetValue(name)!, parse.GetValue(role)!, "command line", ct);
            await Console.Error.WriteLineAsync($"Created key {created.Info.Id} ({created.Info.Role}, prefix {created.Info.Prefix}). It is shown only now:");
            Console.Out.WriteLine(created.Key);
            return ExitCodes.Ok;
        });
        return command;
    }

    static Command Revoke()
    {
        var id = new Argument<string>("key") { Description = "The key's id or prefix." };
        var command = new Command("revoke", "Revoke a key: it stops working at once.") { id };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(migrate: true, ct);
            var revoked = await host.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(parse.GetValue(id)!, ct);
            if (revoked is null)
            {
                return ScorecardCommandLine.Fail($"No API key has the id or prefix '{parse.GetValue(id)}'.", ExitCodes.NotFound);
            }

            AnsiConsole.WriteLine($"Revoked key {revoked.Id} ({revoked.Name}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
