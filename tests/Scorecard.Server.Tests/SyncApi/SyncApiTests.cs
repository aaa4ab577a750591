using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Sync;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.SyncApi;

/// <summary><c>/api/v1/sync</c> and what <c>/api/health</c> says about the sync, including when Autotask turns us away.</summary>
public sealed class SyncApiTests : IAsyncLifetime
{
    static readonly TimeSpan CycleTimeout = TimeSpan.FromMinutes(3);
    readonly TestTenant tenant = new();

    public ValueTask InitializeAsync() => tenant.InitializeAsync();

    public ValueTask DisposeAsync() => tenant.DisposeAsync();

    [Fact]
    public async Task The_sync_state_shows_each_entity_the_budget_and_history_complete()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        using var http = app.CreateClient();
        await app.SyncAsync();

        var body = await http.GetFromJsonAsync<JsonElement>("/api/v1/sync", TestContext.Current.CancellationToken);

        var entities = body.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("entity").GetString()!);
        foreach (var name in new[] { "Tickets", "TimeEntries", "Resources", "Companies", "Contacts", "Contracts", "Projects", "Tasks",
            "BillingCodes", "TicketCategories", "ServiceLevelAgreementResults", "ResourceRoleQueues", "Roles", "Picklists",
            "DeletedTicketLogs", "DeletedTicketActivityLogs", "DeletedTaskActivityLogs" })
        {
            Assert.True(entities.ContainsKey(name), name);
            Assert.Equal(JsonValueKind.Null, entities[name].GetProperty("last_error").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, entities[name].GetProperty("last_success").ValueKind);
        }

        var tickets = entities["Tickets"];
        Assert.True(tickets.GetProperty("calls").GetInt32() > 20);
        Assert.True(tickets.GetProperty("backfill").GetProperty("complete").GetBoolean());
        Assert.Equal(100, tickets.GetProperty("backfill").GetProperty("percent").GetDouble());
        Assert.Equal(10_000, body.GetProperty("budget").GetProperty("threshold").GetInt32());
        Assert.True(body.GetProperty("budget").GetProperty("calls_last_hour").GetInt32() > 50);
        Assert.Equal(0, body.GetProperty("data_age_seconds").GetInt64());
    }

    [Fact]
    public async Task A_sync_asked_for_runs_now_and_a_bad_entity_is_a_400_naming_the_choices()
    {
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock, extra: new Dictionary<string, string?> { ["Scorecard:Sync:Enabled"] = "true" });
        using var http = app.CreateClient();
        var runner = app.Services.GetRequiredService<SyncRunner>();
        await runner.WhenCompleted(1).WaitAsync(CycleTimeout, TestContext.Current.CancellationToken); // the worker's start-up cycle

        using var bad = await http.PostAsJsonAsync("/api/v1/sync", new { entity = "Invoices" }, TestContext.Current.CancellationToken);
        using var accepted = await http.PostAsJsonAsync("/api/v1/sync", new { entity = "Tickets", full = true }, TestContext.Current.CancellationToken);
        await runner.WhenCompleted(2).WaitAsync(CycleTimeout, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("Invoices", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("TimeEntries", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("/api/v1/sync", accepted.Headers.Location?.ToString());
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        var state = await db.SyncStates.SingleAsync(s => s.Entity == "Tickets", TestContext.Current.CancellationToken);
        Assert.Null(state.FullLoadStartedUtc); // the reload ran to its end
        Assert.Empty(await MirrorDiff.CompareAsync(tenant.Simulator.State.Tenant, db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_credentials_revoked_the_sync_backs_off_says_why_and_the_API_serves_the_last_data_with_its_age()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ScorecardApp(tenant.Simulator, tenant.Clock);
        using var http = app.CreateClient();
        await app.SyncAsync();
        var week = await http.GetStringAsync("/api/autotask/scorecard/weekly?week=47&year=2026&queue=ROC", ct);
        var counts = await Counts(app);
        var secret = tenant.Simulator.Options.Secret;
        tenant.Simulator.Options.Secret = TestKeys.RevokedAutotaskSecret;

        tenant.Clock.Advance(TimeSpan.FromMinutes(5));
        var failed = await app.SyncAsync();
        tenant.Simulator.State.Requests.Clear();
        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        var backingOff = await app.SyncAsync();

        Assert.All(failed.Steps.Where(s => !s.Skipped && s.Entity != "Picklists" && s.Entity != "Reconciliation" && s.Entity != "TicketWebhook"),
            s => Assert.Contains("401", s.Error, StringComparison.Ordinal));
        Assert.Contains(failed.Steps, s => s.Entity == "Tickets" && s.Error is not null);
        Assert.Contains(backingOff.Steps, s => s.Entity == "Tickets" && s.Skipped);
        Assert.Equal(0, tenant.Simulator.State.Requests.For("Tickets"));
        Assert.Equal(counts, await Counts(app)); // nothing deleted because a read failed
        Assert.Equal(week, await http.GetStringAsync("/api/autotask/scorecard/weekly?week=47&year=2026&queue=ROC", ct));
        var health = await http.GetFromJsonAsync<JsonElement>("/api/health", ct);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(7 * 60, health.GetProperty("data_age_seconds").GetInt64());
        Assert.Equal("/api/v1/sync", health.GetProperty("sync_url").GetString());
        var tickets = health.GetProperty("sync").EnumerateArray().Single(e => e.GetProperty("entity").GetString() == "Tickets");
        Assert.Contains("refused the credentials", tickets.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, tickets.GetProperty("next_retry").ValueKind);
        Assert.DoesNotContain(TestKeys.RevokedAutotaskSecret, await http.GetStringAsync("/api/v1/sync", ct), StringComparison.Ordinal);

        tenant.Simulator.Options.Secret = secret;
        tenant.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True((await app.SyncAsync()).Succeeded);
    }

    static async Task<IReadOnlyDictionary<string, int>> Counts(ScorecardApp app)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        return await MirrorDiff.CountsAsync(db, TestContext.Current.CancellationToken);
    }
}
