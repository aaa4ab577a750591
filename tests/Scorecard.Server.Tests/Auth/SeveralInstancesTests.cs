using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Auth;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Auth;

/// <summary>Several instances on one database (here PostgreSQL, as a team would run it) accept each other's sign-ins.</summary>
public sealed class SeveralInstancesTests(PostgresServer postgres)
{
    const string Password = "a long and fake test password";

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_another_on_the_same_database()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" };
        await using var first = new ScorecardApp(null, new FakeTimeProvider(TestTenant.Now), connectionString, settings);
        await using var second = new ScorecardApp(null, new FakeTimeProvider(TestTenant.Now), connectionString, settings);
        await first.CreateUserAsync("ada", Password, Roles.Editor);

        using var onFirst = first.CreateAnonymousClient();
        using var signIn = await onFirst.SignInAsync("ada", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scorecard.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var onSecond = second.CreateAnonymousClient();
        onSecond.DefaultRequestHeaders.Add("Cookie", cookie);
        var me = await onSecond.MeAsync();

        Assert.Equal("ada", me.GetProperty("name").GetString());
        Assert.Equal("editor", me.GetProperty("role").GetString());
        // The signing keys live in the shared database, not in a folder of one machine.
        await using var db = second.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
    }
}
