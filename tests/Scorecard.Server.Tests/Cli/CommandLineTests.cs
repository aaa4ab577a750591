using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Cli;

/// <summary>The command line as an operator meets it: help, usage errors, migrate, users and keys, each run as a real process.</summary>
public sealed class CommandLineTests : IDisposable
{
    readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Help_lists_every_verb_and_the_exit_codes()
    {
        var help = await cli.RunAsync("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var verb in new[] { "serve", "sync", "migrate", "queues", "scorecards", "export", "users", "apikeys", "doctor" })
        {
            Assert.Contains($"  {verb} ", help.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 success", help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--help", "Host options pass through")]
    [InlineData("sync", "--help", "--full")]
    [InlineData("users", "add", "--role")]
    [InlineData("apikeys", "create", "--role")]
    [InlineData("doctor", "--help", "--offline")]
    [InlineData("queues", "--help", "--json")]
    public async Task Every_verb_explains_itself(string verb, string sub, string expected)
    {
        var help = sub == "--help" ? await cli.RunAsync(verb, "--help") : await cli.RunAsync(verb, sub, "--help");

        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains(expected, help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "users", "add", "someone" }, "Option '--role' is required")]
    [InlineData(new[] { "users", "add", "someone", "--role", "owner" }, "owner")]
    [InlineData(new[] { "sync", "--bogus" }, "--bogus")]
    public async Task A_wrong_command_line_exits_2_and_says_what_was_wrong(string[] args, string expected)
    {
        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_failure_prints_one_line_with_where_the_details_are_and_exits_1()
    {
        // A database that cannot be opened: nothing a verb checks for, so it fails as an exception would.
        cli.Set("ConnectionStrings__Scorecard", "Data Source=/proc/no-such-folder/scorecard.db");

        var result = await cli.RunAsync("scorecards");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("scorecard scorecards failed: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout, StringComparison.Ordinal);
        var details = System.Text.RegularExpressions.Regex.Match(line, @"the details are in (\S+\.log)\)").Groups[1].Value;
        Assert.True(File.Exists(details), line);
        Assert.Contains("   at ", await File.ReadAllTextAsync(details, TestContext.Current.CancellationToken), StringComparison.Ordinal); // the stack trace is kept there
        File.Delete(details);
    }

    [Fact]
    public async Task Migrate_applies_the_migrations_once()
    {
        var first = await cli.RunAsync("migrate");
        var second = await cli.RunAsync("migrate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("_Accounts", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_are_added_listed_promoted_and_protected_from_losing_the_last_admin()
    {
        var add = await cli.RunWithInputAsync("a long and fake test password", "users", "add", "ada", "--role", "admin", "--email", "ada@example.test");
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal(0, (await cli.RunWithInputAsync("another fake test password", "users", "add", "vic", "--role", "viewer")).ExitCode);

        var weak = await cli.RunWithInputAsync("short", "users", "add", "eve", "--role", "viewer");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, (await cli.RunAsync("users", "set-role", "vic", "editor")).ExitCode);
        var lastAdmin = await cli.RunAsync("users", "remove", "ada");
        Assert.Equal(1, lastAdmin.ExitCode);
        Assert.Contains("last admin", lastAdmin.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, (await cli.RunAsync("users", "unlock", "nobody")).ExitCode);

        var list = await cli.RunAsync("users", "list", "--json");
        var users = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToDictionary(u => u.GetProperty("user_name").GetString()!);
        Assert.Equal(["ada", "vic"], users.Keys.Order());
        Assert.Equal("admin", users["ada"].GetProperty("role").GetString());
        Assert.Equal("editor", users["vic"].GetProperty("role").GetString());
        Assert.DoesNotContain("fake test password", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_created_on_the_command_line_is_printed_once_and_works_until_revoked()
    {
        var created = await cli.RunAsync("apikeys", "create", "nightly export", "--role", "viewer");
        Assert.True(created.ExitCode == 0, created.ToString());
        var key = created.Stdout.Trim();
        Assert.Matches("^sc_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);

        await using (var app = new ScorecardApp(null, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestTenant.Now), cli.ConnectionString,
            new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" }))
        {
            using var http = app.CreateClientWithKey(key);
            var me = await http.MeAsync();
            Assert.Equal("nightly export", me.GetProperty("name").GetString());
            Assert.Equal("viewer", me.GetProperty("role").GetString());
        }

        var list = await cli.RunAsync("apikeys", "list");
        Assert.Contains("nightly export", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.Stdout, StringComparison.Ordinal);

        var prefix = key[3..15];
        Assert.Equal(0, (await cli.RunAsync("apikeys", "revoke", prefix)).ExitCode);
        var revoked = JsonDocument.Parse((await cli.RunAsync("apikeys", "list", "--json")).Stdout).RootElement[0];
        Assert.Equal(JsonValueKind.String, revoked.GetProperty("revoked_utc").ValueKind);
        Assert.Equal(3, (await cli.RunAsync("apikeys", "revoke", "999")).ExitCode);
    }
}
