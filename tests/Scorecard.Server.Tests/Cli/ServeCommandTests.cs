using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Cli;

/// <summary>The server as a real process: the setup link it prints, and the prototype's calls with an API key on the demo tenant.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    const string Key = "fake-automation-key-for-the-serve-test";
    readonly string database = Path.Combine(Path.GetTempPath(), $"scorecard-serve-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(f);
        }
    }

    [Fact]
    public async Task The_printed_setup_link_creates_the_first_admin_once_and_the_key_from_the_environment_runs_the_prototypes_calls()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Scorecard"] = $"Data Source={database}",
            ["Scorecard__Demo__HistoryDays"] = "30",
            ["Scorecard__Demo__LiveSpeed"] = "0",
            ["SCORECARD_API_KEY"] = Key,
        };
        // Synced beforehand by the sync verb, so the server's own schedule can stay off and nothing has to be waited for.
        var sync = await ServerProcess.RunAsync(["sync"], environment);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        environment["Scorecard__Sync__Enabled"] = "false";
        using var server = ServerProcess.Start(["serve", "--urls", "http://127.0.0.1:0"], environment);
        var link = Link().Match(await server.WaitForLineAsync("No accounts yet.", TimeSpan.FromSeconds(60))).Value;
        var baseUrl = new Uri(link).GetLeftPart(UriPartial.Authority);
        Assert.DoesNotContain(Key, server.Output, StringComparison.Ordinal);

        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) })
        {
            var token = new Uri(link).Query["?token=".Length..];
            var form = await browser.FormTokenAsync($"/setup?token={token}");
            using var created = await browser.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form, ["token"] = token, ["userName"] = "first-admin",
                ["password"] = "a long and fake test password", ["confirmPassword"] = "a long and fake test password",
            }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            using var again = await browser.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        using var script = new HttpClient { BaseAddress = new Uri(baseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/autotask/scorecard/weekly", TestContext.Current.CancellationToken)).StatusCode);

        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date; // the demo tenant runs on the real clock
        var tickets = await script.GetFromJsonAsync<JsonElement>(
            $"/api/autotask/tickets?start_date={today.AddDays(-14):yyyy-MM-dd}&end_date={today:yyyy-MM-dd}&queue=ROC", TestContext.Current.CancellationToken);
        var weekly = await script.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly", TestContext.Current.CancellationToken);
        var quarterly = await script.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/quarterly", TestContext.Current.CancellationToken);

        Assert.True(tickets.GetProperty("success").GetBoolean());
        Assert.True(tickets.GetProperty("data").GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Object, tickets.GetProperty("data").GetProperty("by_status").ValueKind);
        Assert.True(weekly.GetProperty("metrics").GetProperty("tickets_opened").GetInt32() >= 0);
        Assert.True(quarterly.GetProperty("weeks").GetArrayLength() > 0);
    }

    [GeneratedRegex(@"http://\S+/setup\?token=[0-9a-f]{64}")]
    private static partial Regex Link();
}
