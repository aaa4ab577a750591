using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

/// <summary>Simulator → sync → SQLite → weekly endpoint, checked against a recount of the simulator's records.</summary>
[Collection(SyncedCollection.Name)]
public sealed class WholeSliceTests(SyncedScorecard fx)
{
    const int RocQueue = 29683479;
    readonly ScorecardApp app = fx.App;
    readonly TestTenant tenant = fx.Tenant;

    [Theory]
    [InlineData(null)]
    [InlineData("ROC")]
    public async Task Weekly_numbers_match_an_independent_count_of_the_simulators_records(string? queue)
    {
        using var http = app.CreateClient();
        // Eight whole weeks back from the current one, including the DST change of 2026-11-01 (week 44).
        foreach (var week in Enumerable.Range(40, 9))
        {
            var url = $"/api/autotask/scorecard/weekly?week={week}&year=2026" + (queue is null ? "" : $"&queue={queue}");
            var body = await http.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
            var m = body.GetProperty("metrics");
            var expected = IndependentCount.For(tenant.Simulator.State.Tenant, 2026, week, queue is null ? null : RocQueue);

            Assert.True(expected.Opened > 0);
            Assert.Equal(expected.Opened, m.GetProperty("tickets_opened").GetInt32());
            Assert.Equal(expected.Closed, m.GetProperty("tickets_closed").GetInt32());
            Assert.Equal(expected.SameDayRate!.Value, m.GetProperty("same_day_close_rate").GetDouble(), 12);
            Assert.Equal(expected.Billable, m.GetProperty("billable_hours").GetDecimal());
            Assert.Equal(expected.Total, m.GetProperty("total_hours").GetDecimal());
            Assert.Equal(expected.Utilization!.Value, m.GetProperty("utilization").GetDouble(), 12);
            Assert.Equal(TestTenant.TimeZone, body.GetProperty("time_zone").GetString());
        }
    }

    [Fact]
    public async Task The_weekly_response_keeps_the_prototypes_shape()
    {
        using var http = app.CreateClient();
        var body = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?week=43&year=2026", TestContext.Current.CancellationToken);

        Assert.Equal(43, body.GetProperty("week").GetInt32());
        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal("2026-10-19", body.GetProperty("start_date").GetString());
        Assert.Equal("2026-10-25", body.GetProperty("end_date").GetString());
        foreach (var name in new[] { "tickets_opened", "tickets_closed", "same_day_close_rate", "utilization", "billable_hours", "total_hours" })
        {
            Assert.True(body.GetProperty("metrics").TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task The_current_week_is_reported_as_in_progress()
    {
        using var http = app.CreateClient();
        var body = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly", TestContext.Current.CancellationToken);
        Assert.Equal(48, body.GetProperty("week").GetInt32());
        Assert.True(body.GetProperty("in_progress").GetBoolean());
    }

    [Fact]
    public async Task A_month_of_tickets_is_counted_in_full_far_beyond_500()
    {
        using var http = app.CreateClient();
        var body = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-10-01&end_date=2026-10-31",
            TestContext.Current.CancellationToken);
        var data = body.GetProperty("data");

        var zone = tenant.Simulator.State.Tenant.Zone;
        var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 10, 1), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, 1), zone);
        var expected = tenant.Simulator.State.Tenant.Tickets.Snapshot().Count(t => t.CreateDate >= start && t.CreateDate < end);

        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.True(expected > 500);
        Assert.Equal(expected, data.GetProperty("total").GetInt32());
        Assert.Equal(expected, data.GetProperty("tickets").GetArrayLength());
        Assert.Equal(expected, data.GetProperty("by_status").EnumerateObject().Sum(s => s.Value.GetInt32()));
        Assert.Equal(expected, data.GetProperty("by_priority").EnumerateObject().Sum(s => s.Value.GetInt32()));
        Assert.Equal("Complete", data.GetProperty("status_labels").GetProperty("5").GetString());
        Assert.Contains(data.GetProperty("priority_labels").EnumerateObject(), p => p.Value.GetString() == "P1 - Critical");
    }

    [Fact]
    public async Task A_queue_can_be_named_or_numbered()
    {
        using var http = app.CreateClient();
        var byName = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08&queue=roc",
            TestContext.Current.CancellationToken);
        var byId = await http.GetFromJsonAsync<JsonElement>($"/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08&queue={RocQueue}",
            TestContext.Current.CancellationToken);

        Assert.Equal(byName.GetProperty("data").GetProperty("total").GetInt32(), byId.GetProperty("data").GetProperty("total").GetInt32());
        Assert.All(byName.GetProperty("data").GetProperty("tickets").EnumerateArray(), t => Assert.Equal("ROC", t.GetProperty("queueLabel").GetString()));
    }

    [Theory]
    [InlineData("/api/autotask/tickets?start_date=2026-10-01&end_date=2026-13-01", "end_date must be a date as YYYY-MM-DD")]
    [InlineData("/api/autotask/tickets?end_date=2026-10-01", "start_date is required")]
    [InlineData("/api/autotask/tickets?start_date=2026-10-09&end_date=2026-10-01", "is before start_date")]
    [InlineData("/api/autotask/tickets?start_date=2026-10-01&end_date=2026-10-09&queue=Nope", "Unknown queue 'Nope'")]
    [InlineData("/api/autotask/scorecard/weekly?week=53&year=2025", "ISO year 2025 has 52 weeks")]
    [InlineData("/api/autotask/scorecard/weekly?week=abc&year=2026", "week must be a whole number")]
    [InlineData("/api/autotask/scorecard/weekly?week=10", "Give both week and year")]
    [InlineData("/api/autotask/scorecard/weekly?week=50&year=2026", "has not begun yet")]
    [InlineData("/api/autotask/scorecard/quarterly?quarter=5&year=2026", "quarter must be a whole number from 1 to 4")]
    public async Task Bad_input_is_a_400_problem_that_says_what_was_wrong(string url, string expected)
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quarter_averages_its_finished_weeks()
    {
        using var http = app.CreateClient();
        var body = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/quarterly?quarter=4&year=2026", TestContext.Current.CancellationToken);
        var weeks = body.GetProperty("weeks").EnumerateArray().ToList();
        var finished = weeks.Where(w => !w.GetProperty("in_progress").GetBoolean()).ToList();

        Assert.Equal(41, weeks[0].GetProperty("week").GetInt32()); // the first Monday of Q4 2026 is October 5, in ISO week 41
        Assert.Equal(48, weeks[^1].GetProperty("week").GetInt32()); // weeks that have not begun are left out
        var opened = finished.Select(w => w.GetProperty("metrics").GetProperty("tickets_opened").GetDouble()).Average();
        Assert.Equal(opened, body.GetProperty("avg_metrics").GetProperty("tickets_opened_avg").GetDouble(), 9);
        Assert.Equal(finished.Sum(w => w.GetProperty("metrics").GetProperty("tickets_opened").GetInt32()),
            body.GetProperty("totals").GetProperty("tickets_opened").GetInt32());
    }

    [Fact]
    public async Task Health_reports_the_source_database_and_sync_without_any_secret()
    {
        using var http = app.CreateClient();
        var text = await http.GetStringAsync("/api/health", TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("configured", body.GetProperty("autotask").GetString());
        Assert.Equal("sqlite", body.GetProperty("database").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("last_sync").ValueKind);
        Assert.DoesNotContain(tenant.Simulator.Options.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(tenant.Simulator.Options.IntegrationCode, text, StringComparison.Ordinal);
    }
}
