using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

public sealed class FilterTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public void Filters_write_Autotasks_grammar_with_typed_values()
    {
        var filter = AutotaskFilter.And(
            AutotaskFilter.Eq("status", 5),
            AutotaskFilter.Or(AutotaskFilter.BeginsWith("title", "VPN"), AutotaskFilter.NotExists("completedDate")),
            AutotaskFilter.Eq("serviceLevelAgreementHasBeenMet", true),
            AutotaskFilter.Gte("createDate", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))),
            AutotaskFilter.In("queueID", [1, 2]));

        Assert.Equal("""{"op":"and","items":[{"op":"eq","field":"status","value":5},{"op":"or","items":[{"op":"beginsWith","field":"title","value":"VPN"},{"op":"notExist","field":"completedDate"}]},{"op":"eq","field":"serviceLevelAgreementHasBeenMet","value":true},{"op":"gte","field":"createDate","value":"2026-01-02T01:04:05.000Z"},{"op":"in","field":"queueID","value":[1,2]}]}""",
            filter.ToJson());
    }

    [Fact]
    public void Operators_outside_the_enum_and_wrong_value_counts_cannot_be_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AutotaskFilter.Udf("Root Cause", (FilterOperator)99, "x"));
        Assert.Throws<ArgumentException>(() => AutotaskFilter.Udf("Root Cause", FilterOperator.Equal));
        Assert.Throws<ArgumentException>(() => AutotaskFilter.In("id", Array.Empty<long>()));
        Assert.Throws<ArgumentException>(() => AutotaskFilter.And());
    }

    [Fact]
    public async Task Two_UDF_conditions_are_refused_before_any_call()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var before = fx.Simulator.State.Requests.Total;
        var filter = AutotaskFilter.And(AutotaskFilter.Udf("Root Cause", FilterOperator.Equal, "x"), AutotaskFilter.Udf("Other", FilterOperator.Exists));

        await Assert.ThrowsAsync<ArgumentException>(() => client.Tickets.CountAsync(filter, TestContext.Current.CancellationToken));
        Assert.Equal(before, fx.Simulator.State.Requests.Total);
    }

    [Fact]
    public async Task A_long_in_list_runs_in_batches_of_500_and_returns_each_match_once_in_id_order()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var all = fx.Simulator.State.Tenant.Tickets.Snapshot();
        var wanted = all.Where((_, i) => i % 2 == 0).Select(t => t.Id).Take(1200).ToList();
        var listed = wanted.Concat(wanted.Take(10)).Concat([999_999_999]).Reverse().ToList(); // repeats and a miss
        var before = fx.Simulator.State.Requests.For("Tickets");

        var ids = await client.Tickets.QueryAsync(AutotaskFilter.In("id", listed)).Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);
        var count = await client.Tickets.CountAsync(AutotaskFilter.And(AutotaskFilter.Gte("id", 0), AutotaskFilter.In("id", wanted)), TestContext.Current.CancellationToken);

        Assert.Equal(wanted.Order(), ids);
        Assert.Equal(wanted.Count, count);
        Assert.Equal(3 + 3, fx.Simulator.State.Requests.For("Tickets") - before); // ⌈1211/500⌉ pages of one batch each, and 3 counts
    }

    [Fact]
    public async Task An_unknown_field_is_caught_from_metadata_without_spending_a_query()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        await client.Metadata.GetFieldsAsync("Tickets", cancellationToken: TestContext.Current.CancellationToken);
        var before = fx.Simulator.State.Requests.Total;

        var ex = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await client.Tickets.QueryAsync(AutotaskFilter.And(AutotaskFilter.Eq("queueId", 1), AutotaskFilter.Eq("stauts", 5)), new QueryOptions { ValidateFields = true })
                .ToListAsync(TestContext.Current.CancellationToken));
        var notQueryable = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Metadata.ValidateAsync("Tickets", AutotaskFilter.Eq("creatorType", 1), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("stauts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("queueId", ex.Message, StringComparison.Ordinal); // field names match ignoring case
        Assert.Contains("cannot be used in a filter", notQueryable.Message, StringComparison.Ordinal);
        Assert.Equal(before, fx.Simulator.State.Requests.Total);
    }

    [Fact]
    public async Task IncludeFields_always_carries_id_so_paging_still_works()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var expected = fx.Simulator.State.Tenant.Tickets.Snapshot().Select(t => (t.Id, t.Status)).ToList();

        var got = await client.Tickets.QueryAsync(AutotaskFilter.All, new QueryOptions { IncludeFields = ["status"] })
            .Select(t => (t.Id, t.Status)).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(expected, got);
    }
}
