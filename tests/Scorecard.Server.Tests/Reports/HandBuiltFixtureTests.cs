using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Definitions;
using Scorecard.Server.Tests.Infrastructure;
using static Scorecard.Server.Tests.Reports.ReportDatabase;

namespace Scorecard.Server.Tests.Reports;

/// <summary>
/// Small tenants written by hand, with every expected number worked out in the comments from the
/// definitions of design.md §3 (never by calling the code under test), on SQLite and PostgreSQL.
/// </summary>
public sealed class HandBuiltFixtureTests(PostgresServer postgres)
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    // America/Chicago: CST (UTC−6) until Sunday 2026-03-08 02:00, then CDT (UTC−5).
    // W09 = [02-23 06:00Z, 03-02 06:00Z), W10 = [03-02 06:00Z, 03-09 05:00Z) (167 h), W11 = [03-09 05:00Z, 03-16 05:00Z).
    static readonly object[] ChicagoTickets =
    [
        Ticket(1, Utc(2026, 3, 2, 6, 1), Utc(2026, 3, 3, 5, 59), technician: 100),   // Mon 00:01 → Mon 23:59 local: same day
        Ticket(2, Utc(2026, 3, 2, 5, 59), Utc(2026, 3, 2, 16, 0), technician: 101),  // Sun 23:59 local (W09), closed Mon 10:00
        Ticket(3, Utc(2026, 3, 9, 4, 59), technician: 101),                           // Sun 03-08 23:59 CDT: last minute of W10
        Ticket(4, Utc(2026, 3, 9, 5, 1), technician: 101),                            // Mon 03-09 00:01 CDT: W11
        Ticket(5, Utc(2026, 3, 8, 17, 0), Utc(2026, 3, 9, 5, 30), technician: 100),  // Sun 12:00, closed Mon 00:30: next day, in W11
        Ticket(6, Utc(2026, 2, 20, 15, 0), Utc(2026, 3, 4, 16, 0), technician: 100), // reopened: completedDate is its last completion
        Ticket(7, Utc(2026, 3, 3, 15, 0), queue: 9),                                  // an alert queue the scorecard leaves out
        Queue(1, "Service Desk"), Queue(2, "Projects"), Queue(9, "RMM Alerts"),
        new Data.Rows.ResourceRoleQueueRow { Id = 1, ResourceId = 100, QueueId = 1 },
        new Data.Rows.ResourceRoleQueueRow { Id = 2, ResourceId = 101, QueueId = 1 },
        new Data.Rows.ResourceRoleQueueRow { Id = 3, ResourceId = 102, QueueId = 2 },
        Time(1, 100, new(2026, 3, 2), 2.5m),
        Time(2, 101, new(2026, 3, 8), 1.25m, billable: false),
        Time(3, 102, new(2026, 3, 4), 8m),                                            // not in the team
        Time(4, 100, new(2026, 3, 9), 6m),                                            // W11
        Time(5, 100, new(2026, 3, 3), 3m),                                            // deleted below
    ];

    // Team: the members of queue 1 (100, 101) and resource 103, who entered no time.
    static readonly ScorecardDefinition Chicago = new(0, "desk", "Desk", null,
        TicketFilter.None with { QueuesOut = [9] }, new Team([103], [1]), [], 0);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_Chicago_DST_grid_matches_the_numbers_worked_out_by_hand(string provider)
    {
        await using var fx = await StartAsync(postgres, provider, "America/Chicago", new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.Zero));
        await fx.AddAsync(ChicagoTickets);
        var card = await fx.CreateAsync(Chicago);
        var weeks = fx.Calendar.WeeksEndingAt(fx.Calendar.Week(2026, 11), 3).ToArray();

        var before = await fx.ReportAsync(card, weeks);
        Assert.Equal(5.5, before.Row("billable_hours").Cells[1].Value);             // 2.5 + 3 (entry 5, not yet deleted)
        Assert.Same(before, await fx.ReportAsync(card, weeks));                      // same data version: served from the cache

        await fx.DeleteTimeEntryAsync(5);
        await fx.AddAsync(Time(6, 101, new(2026, 3, 5), 4m));                       // entered late, for a day of W10
        var r = await fx.ReportAsync(card, weeks);

        Assert.Equal([1.0, 3, 1], r.Row("tickets_opened").Cells.Select(c => c.Value)); // W09: #2; W10: #1 #3 #5; W11: #4
        Assert.Equal([0.0, 3, 1], r.Row("tickets_closed").Cells.Select(c => c.Value)); // W10: #1 #2 #6; W11: #5
        Assert.Equal(0, r.Row("same_day_close_rate").Cells[0].Value);                  // #2 closed the next local day
        Assert.Equal(1.0 / 3, r.Row("same_day_close_rate").Cells[1].Value!.Value, 12); // only #1
        Assert.Equal([2.0, 2, 2], r.Row("open_backlog").Cells.Select(c => c.Value));   // {#2,#6}, {#3,#5}, {#3,#4}
        Assert.Equal([1.0, 0, 1], r.Row("aged_backlog_7d").Cells.Select(c => c.Value)); // #6; none; #3 (created 168 h + 1 min before)
        // Resolutions in W10: #1 23 h 58 min, #2 10 h 01 min, #6 12 days 1 hour = 289 h.
        Assert.Equal((23 + 58 / 60.0 + 10 + 1 / 60.0 + 289) / 3, r.Row("avg_resolution_hours").Cells[1].Value!.Value, 6);
        Assert.Equal(23 + 58 / 60.0, r.Row("median_resolution_hours").Cells[1].Value!.Value, 6);
        // W10 time of the team {100, 101, 103}: 2.5 billable + 1.25 non-billable + 4 billable (late); 102's 8 h is not the team's.
        Assert.Equal([0.0, 6.5, 6], r.Row("billable_hours").Cells.Select(c => c.Value));
        Assert.Equal(7.75, r.Row("total_hours").Cells[1].Value);
        Assert.Null(r.Row("utilization").Cells[0].Value);                            // no time in W09
        Assert.Equal(6.5 / 7.75, r.Row("utilization").Cells[1].Value!.Value, 12);
        Assert.Equal(new double?[] { 6.5, 120 }, [r.Row("capacity_utilization").Cells[1].Numerator, r.Row("capacity_utilization").Cells[1].Denominator]); // 3 × 5 × 8 h
        Assert.Equal(0.2, r.Row("tickets_closed_per_tech_day").Cells[1].Value!.Value, 12); // 3 closed ÷ (3 technicians × 5 days)
        Assert.Equal(4, r.Row("tickets_closed").Total);                              // 0 + 3 + 1
        Assert.Empty(r.Warnings);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Per_technician_numbers_include_a_team_member_without_time(string provider)
    {
        await using var fx = await StartAsync(postgres, provider, "America/Chicago", new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.Zero));
        await fx.AddAsync(ChicagoTickets);
        await fx.DeleteTimeEntryAsync(5);
        var card = await fx.CreateAsync(Chicago);

        var t = await fx.Reports.TechniciansAsync(card, fx.Calendar.Week(2026, 10), Ct);
        var byId = t.Technicians.ToDictionary(x => x.ResourceId, x => x.Report);

        Assert.Equal([100, 101, 103], byId.Keys.Order());
        Assert.Equal(2, byId[100].Row("tickets_closed").Cells[0].Value);             // #1, #6
        Assert.Equal(2, byId[100].Row("tickets_opened").Cells[0].Value);             // #1, #5 (closed by 100)
        Assert.Equal(1, byId[101].Row("tickets_closed").Cells[0].Value);             // #2
        Assert.Equal([1.0, 1], new[] { 100, 101 }.Select(k => byId[k].Row("open_backlog").Cells[0].Value!.Value)); // #5, #3
        Assert.Equal(2.5, byId[100].Row("billable_hours").Cells[0].Value);
        Assert.Equal(1.25, byId[101].Row("total_hours").Cells[0].Value);
        Assert.Equal(0, byId[103].Row("total_hours").Cells[0].Value);
        Assert.Null(byId[103].Row("utilization").Cells[0].Value);
        Assert.Equal(0, byId[103].Row("capacity_utilization").Cells[0].Value);      // 0 of 1 × 5 × 8 h
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task London_midnights_and_a_fiscal_quarter_from_July(string provider)
    {
        // Europe/London: BST (UTC+1) until Sunday 2026-10-25 02:00, then GMT. W43 = [10-18 23:00Z, 10-26 00:00Z).
        // Fiscal year from July: FY2027 Q2 is October–December 2026; its weeks start on Mondays in it: W41 (10-05) onwards.
        await using var fx = await StartAsync(postgres, provider, "Europe/London", new DateTimeOffset(2026, 10, 28, 12, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["Scorecard:FiscalYearStartMonth"] = "7" });
        await fx.AddAsync(
            Ticket(1, Utc(2026, 10, 25, 23, 59)),  // Sun 23:59 GMT: last minute of W43
            Ticket(2, Utc(2026, 10, 18, 23, 1)),   // Mon 10-19 00:01 BST: first minute of W43
            Ticket(3, Utc(2026, 10, 18, 22, 59)),  // Sun 10-18 23:59 BST: W42
            Ticket(4, Utc(2026, 10, 26, 0, 1)),    // Mon 10-26 00:01 GMT: W44, in progress
            Ticket(5, Utc(2026, 10, 2, 11, 0)));   // Fri 10-02: in Q2 by date, but its week (W40, from 09-28) starts in Q1
        using var http = fx.App.CreateClient();

        var q = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/quarterly?quarter=2&year=2027", Ct);

        Assert.Equal(("2026-10-01", "2026-12-31"), (q.GetProperty("start_date").GetString(), q.GetProperty("end_date").GetString()));
        var weeks = q.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal([41, 42, 43, 44], weeks.Select(w => w.GetProperty("week").GetInt32()));
        Assert.Equal([0, 1, 2, 1], weeks.Select(w => w.GetProperty("metrics").GetProperty("tickets_opened").GetInt32()));
        Assert.True(weeks[3].GetProperty("in_progress").GetBoolean());
        Assert.Equal(1.0, q.GetProperty("avg_metrics").GetProperty("tickets_opened_avg").GetDouble()); // (0 + 1 + 2) / 3
        Assert.Equal(3, q.GetProperty("totals").GetProperty("tickets_opened").GetInt32());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ISO_week_53_of_2026_runs_from_December_28_to_January_3(string provider)
    {
        await using var fx = await StartAsync(postgres, provider, "America/New_York", new DateTimeOffset(2027, 1, 6, 12, 0, 0, TimeSpan.Zero));
        await fx.AddAsync(
            Ticket(1, Utc(2026, 12, 31, 20, 0)),       // New Year's Eve 15:00 EST
            Ticket(2, Utc(2027, 1, 4, 4, 59)),         // Sun 2027-01-03 23:59 EST: still W53
            Ticket(3, Utc(2027, 1, 4, 5, 1)),          // Mon 2027-01-04 00:01: 2027-W01
            Time(1, 7, new(2027, 1, 3), 1.5m),
            Time(2, 7, new(2027, 1, 4), 8m));
        using var http = fx.App.CreateClient();

        var w = await http.GetFromJsonAsync<JsonElement>("/api/autotask/scorecard/weekly?week=53&year=2026", Ct);

        Assert.Equal(("2026-12-28", "2027-01-03"), (w.GetProperty("start_date").GetString(), w.GetProperty("end_date").GetString()));
        Assert.Equal(2, w.GetProperty("metrics").GetProperty("tickets_opened").GetInt32());
        Assert.Equal(1.5m, w.GetProperty("metrics").GetProperty("total_hours").GetDecimal());
    }
}
