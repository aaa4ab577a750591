using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

public sealed class QueryTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task QueryAsync_returns_every_matching_record_across_pages_with_the_fewest_requests()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var expected = fx.Simulator.State.Tenant.Tickets.Snapshot().Where(t => t.QueueId != 29683479).Select(t => t.Id).ToList();
        var before = fx.Simulator.State.Requests.For("Tickets");

        var ids = new List<long>();
        await foreach (var t in client.Tickets.QueryAsync(AutotaskFilter.NotEq("queueID", 29683479), cancellationToken: TestContext.Current.CancellationToken))
        {
            ids.Add(t.Id);
        }

        Assert.True(expected.Count > 1500, $"want several pages, have {expected.Count} tickets");
        Assert.Equal(expected, ids);
        Assert.Equal((int)Math.Ceiling(expected.Count / 500.0), fx.Simulator.State.Requests.For("Tickets") - before);
    }

    [Fact]
    public async Task Following_nextPageUrl_gives_the_same_records_as_id_paging()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var filter = AutotaskFilter.Gte("createDateTime", ClientFixture.Now.AddDays(-20));

        var byCursor = await client.TimeEntries.QueryAsync(filter).Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        var byUrl = await client.TimeEntries.QueryAsync(filter, new QueryOptions { FollowNextPageUrl = true, PageSize = 200 })
            .Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(byCursor.Count > 400);
        Assert.Equal(byCursor, byUrl);
    }

    [Fact]
    public async Task A_query_resumes_after_a_given_id()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var all = fx.Simulator.State.Tenant.Tickets.Snapshot();
        var from = all[all.Count / 2].Id;

        var rest = await client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { StartAfterId = from })
            .Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(all.Where(t => t.Id > from).Select(t => t.Id), rest);
    }

    [Fact]
    public async Task Models_carry_timestamps_as_UTC_and_dateWorked_as_the_entered_date()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var raw = fx.Simulator.State.Tenant.TimeEntries.Snapshot()[^1];

        var entry = await client.TimeEntries.GetAsync(raw.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(entry);
        Assert.Equal(DateOnly.FromDateTime(raw.DateWorked), entry.WorkDate);
        Assert.Equal(raw.HoursWorked, entry.HoursWorked);
        Assert.Equal(TimeSpan.Zero, entry.LastModifiedDateTime!.Value.Offset);
        Assert.Equal(raw.LastModifiedDateTime, entry.LastModifiedDateTime!.Value.UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Count_and_get_by_id_answer_in_one_call()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        var count = await client.Tickets.CountAsync(AutotaskFilter.Eq("status", 5), TestContext.Current.CancellationToken);
        var missing = await client.Tickets.GetAsync(1, TestContext.Current.CancellationToken);

        Assert.Equal(fx.Simulator.State.Tenant.Tickets.Snapshot().Count(t => t.Status == 5), count);
        Assert.Null(missing);
    }

    [Fact]
    public async Task An_unknown_field_surfaces_as_a_typed_exception_with_Autotasks_message()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        var ex = await Assert.ThrowsAsync<AutotaskApiException>(() =>
            client.Tickets.CountAsync(AutotaskFilter.Eq("noSuchField", 1), TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal("Unable to find noSuchField in the Ticket Entity", Assert.Single(ex.Errors));
        Assert.EndsWith("/Tickets/query/count", ex.RequestPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_DateTime_cannot_become_a_filter_value() =>
        Assert.Throws<ArgumentException>(() => AutotaskFilter.Gte("createDate", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));
}
