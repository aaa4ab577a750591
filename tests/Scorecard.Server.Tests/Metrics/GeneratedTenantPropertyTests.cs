using CsCheck;
using Microsoft.EntityFrameworkCore;
using Scorecard.Metrics;
using Scorecard.Periods;
using Scorecard.Server.Reports;
using Scorecard.Server.Tests.Infrastructure;
using Scorecard.Server.Tests.Reports;

namespace Scorecard.Server.Tests.Metrics;

/// <summary>
/// Grids, quarters, short ranges, per-technician numbers and drill-down counts of generated
/// tenants equal a brute-force recomputation over the raw rows, on SQLite and PostgreSQL.
/// </summary>
public sealed class GeneratedTenantPropertyTests(PostgresServer postgres)
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite", "America/Chicago", "Monday")]
    [InlineData("postgres", "Europe/London", "Sunday")]
    [InlineData("sqlite", "Europe/London", "Sunday")]
    [InlineData("postgres", "America/Chicago", "Monday")]
    public async Task Reports_of_generated_tenants_equal_a_naive_recount(string provider, string zone, string weekStart)
    {
        await using var fx = await ReportDatabase.StartAsync(postgres, provider, zone, new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["Scorecard:WeekStart"] = weekStart });
        var iteration = 0;
        await GeneratedTenant.Generator.SampleAsync(async tenant => await CheckAsync(fx, tenant, ++iteration), iter: 20, threads: 1);
    }

    static async Task CheckAsync(ReportDatabase fx, GeneratedTenant tenant, int iteration)
    {
        var tz = fx.Calendar.Zone;
        var tickets = tenant.TicketRows(tz);
        var time = tenant.TimeRows(tickets.Count);
        var members = tenant.MemberRows();
        await ReplaceAsync(fx, tickets, time, members);
        var card = tenant.Definition(iteration);
        var naive = new NaiveMetrics(tz, tickets, time, members, card);

        // The quarter's weeks: the first one starts on the first Monday (or Sunday) of 2026.
        var weeks = fx.Calendar.QuarterWeeks(2026, 1);
        var firstDay = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).First(d => d.DayOfWeek == fx.Calendar.WeekStart);
        Assert.Equal(13, weeks.Count);
        var report = await fx.Reports.ReportAsync(card, weeks, Ct);
        for (var w = 0; w < weeks.Count; w++)
        {
            var from = firstDay.AddDays(7 * w);
            Assert.Equal((naive.Utc(from), naive.Utc(from.AddDays(7))), (weeks[w].StartUtc, weeks[w].EndUtc));
            Same(naive.For(from, from.AddDays(7)), report, w, $"week {weeks[w].Key}");
        }

        foreach (var metric in MetricCatalog.All)
        {
            var values = Enumerable.Range(0, 13).Select(w => naive.For(firstDay.AddDays(7 * w), firstDay.AddDays((7 * w) + 7))[metric.Id])
                .Where(v => v is not null).Select(v => v!.Value).ToList();
            Close(values.Count == 0 ? null : values.Average(), report.Row(metric.Id).Average, $"{metric.Id} quarter average");
        }

        // The quarter as one period, and three days across the spring DST change (shorter than the 7-day age).
        var quarter = await fx.Reports.ReportAsync(card, [fx.Calendar.Quarter(2026, 1)], Ct);
        Same(naive.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)), quarter, 0, "Q1 2026");
        var spring = tz.Id == "Europe/London" ? new DateOnly(2026, 3, 28) : new DateOnly(2026, 3, 7);
        var days = await fx.Reports.ReportAsync(card, [fx.Calendar.Days(spring, spring.AddDays(3))], Ct);
        Same(naive.For(spring, spring.AddDays(3)), days, 0, "three days over DST");

        var week = weeks[iteration % weeks.Count];
        var weekFrom = firstDay.AddDays(7 * (iteration % weeks.Count));
        var byTech = await fx.Reports.TechniciansAsync(card, week, Ct);
        foreach (var t in byTech.Technicians)
        {
            var expected = naive.For(weekFrom, weekFrom.AddDays(7), t.ResourceId);
            foreach (var id in new[] { "tickets_opened", "tickets_closed", "open_backlog", "aged_backlog_7d", "total_hours", "billable_hours" })
            {
                Close(expected[id], t.Report.Row(id).Cells[0].Value, $"{id} of technician {t.ResourceId} in {week.Key}");
            }
        }

        Assert.True(byTech.Technicians.Sum(t => t.Report.Row("tickets_closed").Cells[0].Value) == report.Row("tickets_closed").Cells[iteration % weeks.Count].Value
            || byTech.Scorecard.Team.IsEmpty is false, "without a team, the technicians' closed tickets add up to the scorecard's");

        var drill = fx.App.Services.GetService(typeof(DrillDownService)) as DrillDownService;
        foreach (var id in new[] { "tickets_opened", "tickets_closed", "first_response_median_minutes", "sla_met_rate", "open_backlog", "aged_backlog_7d", "total_hours", "billable_hours" })
        {
            var metric = MetricCatalog.Get(id);
            var result = await drill!.DrillAsync(card, metric, week, null, new DrillPage(1, 5, null, false), Ct);
            var cell = report.Row(id).Cells[iteration % weeks.Count];
            var expectedCount = id switch
            {
                "total_hours" => naive.Entries(weekFrom, weekFrom.AddDays(7), null).Count(),
                "billable_hours" => naive.Entries(weekFrom, weekFrom.AddDays(7), null).Count(e => !e.IsNonBillable),
                "first_response_median_minutes" or "sla_met_rate" => (int)(cell.Denominator ?? 0),
                _ => (int)cell.Value!.Value,
            };
            Assert.True(expectedCount == result.TotalRecords, $"drill-down of {id} in {week.Key}: {result.TotalRecords} records, expected {expectedCount}");
            Assert.True(result.Tickets.Count + result.TimeEntries.Count == Math.Min(5, expectedCount), $"{id}: a page holds at most 5 records");
        }
    }

    internal static void Same(Dictionary<string, double?> expected, Scorecard.Reports.Report report, int column, string where)
    {
        foreach (var (id, value) in expected)
        {
            Close(value, report.Row(id).Cells[column].Value, $"{id} in {where}");
        }
    }

    static void Close(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected == actual, FormattableString.Invariant($"{what}: expected {expected}, got {actual}"));
            return;
        }

        Assert.True(Math.Abs(expected.Value - actual.Value) <= 1e-6 * Math.Max(1, Math.Abs(expected.Value)),
            FormattableString.Invariant($"{what}: expected {expected}, got {actual}"));
    }

    internal static async Task ReplaceAsync(ReportDatabase fx, List<Data.Rows.TicketRow> tickets, List<Data.Rows.TimeEntryRow> time, List<Data.Rows.ResourceRoleQueueRow> members)
    {
        await using (var db = fx.CreateDb())
        {
            await db.Tickets.ExecuteDeleteAsync(Ct);
            await db.TimeEntries.ExecuteDeleteAsync(Ct);
            await db.ResourceRoleQueues.ExecuteDeleteAsync(Ct);
        }

        await fx.AddAsync([.. tickets, .. time, .. members]);
    }
}
