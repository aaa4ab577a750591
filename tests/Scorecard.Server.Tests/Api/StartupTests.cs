using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

public sealed class StartupTests
{
    [Fact]
    public async Task Without_credentials_the_server_runs_on_the_built_in_demo_tenant()
    {
        await using var app = new ScorecardApp(null, new FakeTimeProvider(TimeProvider.System.GetUtcNow()),
            extra: new Dictionary<string, string?> { ["Scorecard:Demo:HistoryDays"] = "10" });
        using var http = app.CreateClient();
        await app.SyncAsync();

        var health = await http.GetFromJsonAsync<JsonElement>("/api/health", TestContext.Current.CancellationToken);
        Assert.Equal("demo", health.GetProperty("autotask").GetString());
        Assert.All(health.GetProperty("sync").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("last_error").ValueKind));
        Assert.Contains(health.GetProperty("sync").EnumerateArray(), s => s.GetProperty("entity").GetString() == "Tickets" && s.GetProperty("last_run_records").GetInt32() > 500);
    }

    [Theory]
    [InlineData("Scorecard__TimeZone", "Mars/Olympus_Mons", "Scorecard:TimeZone 'Mars/Olympus_Mons' is not a known IANA time zone")]
    [InlineData("ConnectionStrings__Scorecard", "Server=;;=x", "ConnectionStrings:Scorecard")]
    [InlineData("Scorecard__Sync__Interval", "00:00:01", "Scorecard:Sync:Interval '00:00:01' is too short")]
    [InlineData("Scorecard__Demo__Scale", "huge", "Scorecard:Demo:Scale 'huge' must be demo, large or xl")]
    [InlineData("Scorecard__Reports__WarmEvery", "-00:00:05", "Scorecard:Reports:WarmEvery '-00:00:05' must be between 00:00:00 (off) and 01:00:00")]
    public async Task A_broken_setting_stops_start_up_with_a_message_naming_it_and_no_stack_trace(string variable, string value, string expected)
    {
        var (exitCode, output) = await ServerProcess.RunAsync(new Dictionary<string, string>
        {
            [variable] = value,
            ["Scorecard__Demo__Enabled"] = "false",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_credentials_and_no_demo_the_server_still_serves_and_says_so()
    {
        await using var app = new ScorecardApp(null, new FakeTimeProvider(TestTenant.Now),
            extra: new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" });
        using var http = app.CreateClient();

        var health = await http.GetFromJsonAsync<JsonElement>("/api/health", TestContext.Current.CancellationToken);

        Assert.Equal("not_configured", health.GetProperty("autotask").GetString());
    }
}
