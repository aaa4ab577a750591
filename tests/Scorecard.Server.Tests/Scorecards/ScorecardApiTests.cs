using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Scorecards;

/// <summary>The versioned scorecard API against a synced simulated tenant: seeding, editing, grids, quarters, technicians and drill-down.</summary>
public sealed class ScorecardApiTests(SyncedScorecard fx) : IClassFixture<SyncedScorecard>
{
    const int RocQueue = 29683479;
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    readonly HttpClient http = fx.App.CreateClient();

    [Fact]
    public async Task The_first_run_seeds_Service_desk_without_the_alert_queues_and_ROC()
    {
        var list = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards", Ct);
        var slugs = list.EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ToList();
        Assert.Contains("service-desk", slugs);
        Assert.Contains("roc", slugs);

        var desk = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/service-desk", Ct);
        Assert.Equal([29683481, 29683482], desk.GetProperty("filter").GetProperty("queues_out").EnumerateArray().Select(q => q.GetInt32()).Order());
        Assert.Contains("Security Alerts (29683481)", desk.GetProperty("description").GetString(), StringComparison.Ordinal);
        var goal = desk.GetProperty("measurables").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "tickets_closed");
        Assert.Equal(65, goal.GetProperty("goal").GetDouble());                   // from appsettings Scorecard:Goals
        Assert.Equal("at_least", goal.GetProperty("direction").GetString());
        Assert.Empty(desk.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task A_stored_scorecard_gives_the_prototype_endpoints_the_same_numbers_as_its_queue()
    {
        var byQueue = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?week=46&year=2026&queue=ROC", Ct);
        var byCard = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?week=46&year=2026&scorecard=roc", Ct);
        var expected = IndependentCount.For(fx.Tenant.Simulator.State.Tenant, 2026, 46, RocQueue);

        Assert.Equal(expected.Opened, byCard.GetProperty("metrics").GetProperty("tickets_opened").GetInt32());
        Assert.Equal(byQueue.GetProperty("metrics").ToString(), byCard.GetProperty("metrics").ToString());
        Assert.Equal("roc", byCard.GetProperty("scorecard").GetString());
    }

    [Fact]
    public async Task The_ticket_listing_takes_a_scorecard_too()
    {
        var byQueue = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08&queue=ROC", Ct);
        var byCard = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08&scorecard=roc", Ct);
        var desk = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08&scorecard=service-desk", Ct);
        var all = await http.GetFromJsonAsync<JsonElement>("/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08", Ct);

        Assert.True(byQueue.GetProperty("data").GetProperty("total").GetInt32() > 0);
        Assert.Equal(byQueue.GetProperty("data").GetProperty("total").GetInt32(), byCard.GetProperty("data").GetProperty("total").GetInt32());
        var alerts = all.GetProperty("data").GetProperty("tickets").EnumerateArray().Count(t => t.GetProperty("queueID").GetInt32() is 29683481 or 29683482);
        Assert.True(alerts > 0);
        Assert.Equal(all.GetProperty("data").GetProperty("total").GetInt32() - alerts, desk.GetProperty("data").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_grid_has_13_weeks_ending_at_the_current_week_and_every_metric()
    {
        var grid = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid", Ct);
        var periods = grid.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(13, periods.Count);
        Assert.Equal("2026-W48", periods[^1].GetProperty("key").GetString());
        Assert.True(periods[^1].GetProperty("in_progress").GetBoolean());
        Assert.Equal(14, grid.GetProperty("metrics").GetArrayLength());
        var opened = grid.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "tickets_opened");
        Assert.True(opened.GetProperty("is_measurable").GetBoolean());
        var w47 = IndependentCount.For(fx.Tenant.Simulator.State.Tenant, 2026, 47, RocQueue);
        Assert.Equal(w47.Opened, opened.GetProperty("cells")[11].GetProperty("value").GetInt32());

        var short4 = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid?weeks=4&week=45&year=2026", Ct);
        Assert.Equal(["2026-W42", "2026-W43", "2026-W44", "2026-W45"], short4.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        var byDate = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid?weeks=1&date=2026-11-08", Ct);
        Assert.Equal("2026-W45", byDate.GetProperty("periods")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_drill_down_lists_exactly_the_tickets_behind_the_cell_paged_and_sorted()
    {
        var expected = IndependentCount.For(fx.Tenant.Simulator.State.Tenant, 2026, 47, RocQueue);
        var first = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/drilldown?metric=same_day_close_rate&period=2026-W47&page_size=10&sort=id&desc=true", Ct);

        Assert.Equal(expected.Opened, first.GetProperty("total_records").GetInt32());
        Assert.Equal(expected.Opened, first.GetProperty("denominator").GetInt32());
        Assert.Equal(expected.SameDay, first.GetProperty("numerator").GetInt32());
        Assert.Contains("÷", first.GetProperty("formula").GetString(), StringComparison.Ordinal);
        var ids = first.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(10, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.All(first.GetProperty("records").EnumerateArray(), r => Assert.Equal(RocQueue, r.GetProperty("queue_id").GetInt32()));

        var all = await http.GetFromJsonAsync<JsonElement>($"/api/v1/scorecards/roc/drilldown?metric=same_day_close_rate&period=2026-W47&page_size=500", Ct);
        Assert.Equal(expected.SameDay, all.GetProperty("records").EnumerateArray().Count(r => r.GetProperty("closed_same_day").GetBoolean()));

        var hours = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/drilldown?metric=total_hours&period=2026-W47&page_size=500", Ct);
        Assert.Equal("time_entry", hours.GetProperty("record_type").GetString());
        Assert.Equal(expected.Total, hours.GetProperty("records").EnumerateArray().Sum(r => r.GetProperty("hours_worked").GetDecimal()));
    }

    [Fact]
    public async Task Scorecards_can_be_created_edited_and_deleted_and_every_edit_changes_the_version()
    {
        var body = new
        {
            name = "Helpdesk EU",
            filter = new { queues_in = new[] { RocQueue, 999_999 } },
            measurables = new object[] { new { metric = "aged_backlog_7d", goal = 5, direction = "at_most", owner = "Sam" } },
        };
        using var created = await http.PostAsJsonAsync("/api/v1/scorecards", body, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var card = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("helpdesk-eu", card.GetProperty("slug").GetString());
        var id = card.GetProperty("id").GetInt64();

        var grid = await http.GetFromJsonAsync<JsonElement>($"/api/v1/scorecards/{id}/grid?weeks=2", Ct);
        Assert.Contains(grid.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("999999", StringComparison.Ordinal));
        var aged = grid.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "aged_backlog_7d");
        Assert.Equal(5, aged.GetProperty("goal").GetProperty("target").GetDouble());
        Assert.Equal("Sam", aged.GetProperty("owner").GetString());

        using var edited = await http.PutAsJsonAsync($"/api/v1/scorecards/helpdesk-eu/measurables",
            new object[] { new { metric = "tickets_closed", goal = 40 }, new { metric = "utilization", goal = 0.75, tolerance = 0.05 } }, Ct);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, after.GetProperty("version").GetInt64());
        Assert.Equal(["tickets_closed", "utilization"], after.GetProperty("measurables").EnumerateArray().Select(m => m.GetProperty("metric").GetString()));

        using var renamed = await http.PutAsJsonAsync($"/api/v1/scorecards/{id}", new { name = "Helpdesk Europe", slug = "helpdesk-europe" }, Ct);
        Assert.Equal(3, (await renamed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt64());

        using var deleted = await http.DeleteAsync($"/api/v1/scorecards/helpdesk-europe", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await http.GetAsync($"/api/v1/scorecards/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{"name":"x","measurables":[{"metric":"happiness"}]}""", "measurables[0].metric 'happiness' is not a metric")]
    [InlineData("""{"name":"x","slug":"Bad Slug!"}""", "slug 'Bad Slug!' must be")]
    [InlineData("""{"name":"x","slug":"roc"}""", "slug 'roc' is already used")]
    [InlineData("""{"name":"x","measurables":[{"metric":"utilization","goal":0.7,"tolerance":3}]}""", "measurables[0].tolerance must be between 0 and 1")]
    [InlineData("""{"name":"x","measurables":[{"metric":"utilization","direction":"sideways"}]}""", "direction 'sideways' must be at_least or at_most")]
    [InlineData("""{"name":"","filter":{"queues_in":[1],"queues_out":[1]}}""", "cannot name the same queue")]
    [InlineData("""{"name": "x", "filter": {"queues_in": "ROC"}}""", "")]
    [InlineData("""not json""", "")]
    public async Task A_bad_scorecard_is_a_400_problem_that_says_what_was_wrong_and_stores_nothing(string json, string expected)
    {
        var before = (await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards", Ct)).GetArrayLength();
        using var response = await http.PostAsync("/api/v1/scorecards", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards", Ct)).GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/scorecards/roc/drilldown?metric=nope&period=2026-W47", "metric 'nope' is not a metric")]
    [InlineData("/api/v1/scorecards/roc/drilldown?metric=tickets_opened", "period is required")]
    [InlineData("/api/v1/scorecards/roc/drilldown?metric=tickets_opened&period=2025-W53", "year 2025 has weeks 1 to 52")]
    [InlineData("/api/v1/scorecards/roc/drilldown?metric=tickets_opened&period=2026-W47&sort=title", "sort 'title' is not one of")]
    [InlineData("/api/v1/scorecards/roc/drilldown?metric=tickets_opened&period=2026-W47&page_size=5000", "page_size must be a whole number from 1 to 500")]
    [InlineData("/api/v1/scorecards/roc/grid?weeks=0", "weeks must be a whole number from 1 to 104")]
    [InlineData("/api/v1/scorecards/roc/grid?date=2026-02-30", "date must be a date as YYYY-MM-DD")]
    [InlineData("/api/v1/scorecards/roc/technicians?period=yesterday", "period 'yesterday' must be a week")]
    [InlineData("/api/autotask/scorecard/weekly?scorecard=nope", "Unknown scorecard 'nope'")]
    [InlineData("/api/autotask/scorecard/weekly?scorecard=roc&queue=ROC", "Give either queue or scorecard")]
    public async Task Bad_report_parameters_are_a_400_problem(string url, string expected)
    {
        using var response = await http.GetAsync(url, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Technicians_and_picklists_are_listed()
    {
        var t = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/technicians?period=2026-W47", Ct);
        var techs = t.GetProperty("technicians").EnumerateArray().ToList();
        Assert.NotEmpty(techs);
        var closed = techs.Sum(x => x.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "tickets_closed").GetProperty("value").GetInt32());
        Assert.Equal(IndependentCount.For(fx.Tenant.Simulator.State.Tenant, 2026, 47, RocQueue).Closed, closed);

        var queues = await http.GetFromJsonAsync<JsonElement>("/api/v1/picklists?entity=Tickets&field=queueID", Ct);
        Assert.Contains(queues.EnumerateArray(), q => q.GetProperty("value").GetInt32() == RocQueue && q.GetProperty("label").GetString() == "ROC");
    }
}
