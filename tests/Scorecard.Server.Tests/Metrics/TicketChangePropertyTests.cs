using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Reports;
using Scorecard.Server.Sync.Storage;
using Scorecard.Server.Tests.Infrastructure;
using Scorecard.Server.Tests.Reports;

namespace Scorecard.Server.Tests.Metrics;

/// <summary>
/// The engine reuses each period's ticket numbers until the sync records a change that touches them. Here a
/// generated tenant is reported on, then a few ticket changes of a random kind (closed, reopened, re-dated, moved to
/// another queue or company, first response and SLA outcome changed, deleted, new, retitled) are written through
/// the sync's own write path, and the grid and quarter that follow must equal a naive recount of the raw rows,
/// on SQLite and PostgreSQL.
/// </summary>
public sealed class TicketChangePropertyTests(PostgresServer postgres)
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite", "America/Chicago", "Monday")]
    [InlineData("postgres", "Europe/London", "Sunday")]
    public async Task Reports_kept_across_ticket_changes_equal_a_naive_recount(string provider, string zone, string weekStart)
    {
        await using var fx = await ReportDatabase.StartAsync(postgres, provider, zone, new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["Scorecard:WeekStart"] = weekStart });
        var iteration = 0;
        var cases = Gen.Select(GeneratedTenant.Generator, GTicket.Generator.Array[0, 2], Gen.Int);
        await cases.SampleAsync(async c => await CheckAsync(fx, c.Item1, c.Item2, c.Item3, ++iteration), iter: 80, threads: 1);
        var periods = fx.App.Services.GetRequiredService<TicketPeriodCache>();
        Assert.True(periods.Reused > 0, "no period was ever reused after a change, so the test proves nothing about the cache");
        Assert.True(periods.Summarized > 0, "no week was ever read from the weekly ticket summary, so the test proves nothing about it");
    }

    static async Task CheckAsync(ReportDatabase fx, GeneratedTenant tenant, GTicket[] added, int seed, int iteration)
    {
        var tz = fx.Calendar.Zone;
        var tickets = tenant.TicketRows(tz);
        var time = tenant.TimeRows(tickets.Count);
        var members = tenant.MemberRows();
        await GeneratedTenantPropertyTests.ReplaceAsync(fx, tickets, time, members);
        var card = tenant.Definition(iteration);
        var weeks = fx.Calendar.QuarterWeeks(2026, 1);
        var quarter = fx.Calendar.Quarter(2026, 1);
        await fx.Reports.ReportAsync(card, weeks, Ct);
        await fx.Reports.ReportAsync(card, [quarter], Ct);

        var (written, deleted, after) = Change(tickets, added.Select((g, i) => g.ToRow(tickets.Count + 1 + i, tz)), new Random(seed));
        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var write = await fx.App.Services.GetRequiredService<SyncStorage>().BeginAsync(Ct))
        {
            await write.UpsertAsync(written, Ct);
            await write.DeleteByIdAsync<TicketRow>(deleted, Ct);
            await write.CommitAsync(Ct);
        }

        var naive = new NaiveMetrics(tz, after, time, members, card);
        var firstDay = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).First(d => d.DayOfWeek == fx.Calendar.WeekStart);
        var grid = await fx.Reports.ReportAsync(card, weeks, Ct);
        for (var w = 0; w < weeks.Count; w++)
        {
            GeneratedTenantPropertyTests.Same(naive.For(firstDay.AddDays(7 * w), firstDay.AddDays((7 * w) + 7)), grid, w, $"week {weeks[w].Key} after the changes");
        }

        GeneratedTenantPropertyTests.Same(naive.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)), await fx.Reports.ReportAsync(card, [quarter], Ct), 0,
            "Q1 2026 after the changes");
    }

    /// <summary>
    /// Changes one to four tickets one way each (few, so most weeks stay untouched and a missing mark shows), adds the
    /// new ones; returns what to write, what to delete, and the tickets afterwards.
    /// </summary>
    static (List<TicketRow> Written, List<long> Deleted, List<TicketRow> After) Change(List<TicketRow> tickets, IEnumerable<TicketRow> added, Random rnd)
    {
        var written = new List<TicketRow>();
        var deleted = new List<long>();
        var after = new List<TicketRow>();
        var chosen = tickets.Select(t => t.Id).OrderBy(_ => rnd.Next()).Take(rnd.Next(1, 5)).ToHashSet();
        foreach (var t in tickets)
        {
            if (!chosen.Contains(t.Id))
            {
                after.Add(t);
                continue;
            }

            var c = Copy(t);
            switch (rnd.Next(9))
            {
                case 0: (c.CompletedDate, c.Status) = (null, 8); break; // reopened
                case 1: (c.CompletedDate, c.Status) = (c.CreateDate.AddMinutes(rnd.Next(0, 60 * 24 * 30)), 5); break; // closed or closed again later
                case 2: c.QueueId = rnd.Next(0, 4) is var q && q == 0 ? null : q; break;
                case 3: c.CompanyId = rnd.Next(0, 3); break;
                case 4: c.FirstResponseDateTime = rnd.Next(3) == 0 ? null : c.CreateDate.AddMinutes(rnd.Next(0, 3000)); break;
                case 5: (c.ServiceLevelAgreementId, c.ServiceLevelAgreementHasBeenMet) = rnd.Next(3) == 0 ? ((int?)null, (bool?)null) : (77, rnd.Next(2) == 0); break;
                case 6: // re-dated at creation (a correction); completion and first response keep their distance
                    var shift = TimeSpan.FromMinutes(rnd.Next(-60 * 24 * 10, 60 * 24 * 10));
                    (c.CreateDate, c.CompletedDate, c.FirstResponseDateTime) = (c.CreateDate + shift, c.CompletedDate + shift, c.FirstResponseDateTime + shift);
                    break;
                case 7: deleted.Add(t.Id); continue;
                default: c.Title += " (edited)"; break;
            }

            written.Add(c);
            after.Add(c);
        }

        foreach (var n in added)
        {
            written.Add(n);
            after.Add(n);
        }

        return (written, deleted, after);
    }

    static TicketRow Copy(TicketRow t) => new()
    {
        Id = t.Id, TicketNumber = t.TicketNumber, Title = t.Title, Status = t.Status, Priority = t.Priority, QueueId = t.QueueId,
        CompanyId = t.CompanyId, TicketType = t.TicketType, CreateDate = t.CreateDate, CompletedDate = t.CompletedDate,
        FirstResponseDateTime = t.FirstResponseDateTime, AssignedResourceId = t.AssignedResourceId, CompletedByResourceId = t.CompletedByResourceId,
        ServiceLevelAgreementId = t.ServiceLevelAgreementId, ServiceLevelAgreementHasBeenMet = t.ServiceLevelAgreementHasBeenMet, SyncedAt = t.SyncedAt,
    };
}
