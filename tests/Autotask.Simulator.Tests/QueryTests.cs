using System.Net;
using System.Text.Json;

namespace Autotask.Simulator.Tests;

public sealed class QueryTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    const string AllTickets = """{"filter":[{"op":"gte","field":"id","value":0}]}""";

    [Fact]
    public async Task A_POST_query_pages_at_500_and_continues_with_POST_on_nextPageUrl()
    {
        var (_, count) = await sim.Http.PostAsync("Tickets/query/count", AllTickets);
        var total = count.GetProperty("queryCount").GetInt32();
        Assert.True(total > 1000, $"the demo tenant should have over 1000 tickets in 60 days, has {total}");

        var ids = new List<long>();
        var (status, page) = await sim.Http.PostAsync("Tickets/query", AllTickets);
        Assert.Equal(200, status);
        Assert.Equal(500, page.GetProperty("pageDetails").GetProperty("count").GetInt32());
        Assert.Equal(500, page.GetProperty("pageDetails").GetProperty("requestCount").GetInt32());
        while (true)
        {
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            if (page.GetProperty("pageDetails").GetProperty("nextPageUrl").GetString() is not { } next)
            {
                break;
            }

            Assert.StartsWith(sim.Host.BaseUrl.ToString(), next, StringComparison.Ordinal);
            (status, page) = await sim.Http.PostAsync(next, AllTickets);
            Assert.Equal(200, status);
        }

        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task GET_on_the_nextPageUrl_of_a_POST_query_is_a_405()
    {
        var (_, page) = await sim.Http.PostAsync("Tickets/query", AllTickets);
        var next = page.GetProperty("pageDetails").GetProperty("nextPageUrl").GetString()!;

        using var response = await sim.Http.GetAsync(next);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("does not support http method 'GET'", (await response.ReadAsync()).GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GET_query_takes_its_search_in_the_URL_and_continues_with_GET()
    {
        var search = Uri.EscapeDataString("""{"filter":[{"op":"gte","field":"id","value":0}],"MaxRecords":100}""");
        using var first = await sim.Http.GetAsync($"Tickets/query?search={search}");
        var page = await first.ReadAsync();
        Assert.Equal(100, page.GetProperty("items").GetArrayLength());

        using var second = await sim.Http.GetAsync(page.GetProperty("pageDetails").GetProperty("nextPageUrl").GetString());
        var next = await second.ReadAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(next.GetProperty("items")[0].GetProperty("id").GetInt64() > page.GetProperty("items")[99].GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task MaxRecords_outside_1_to_500_is_a_500(int max)
    {
        var (status, body) = await sim.Http.PostAsync("Tickets/query", $$"""{"filter":[],"MaxRecords":{{max}}}""");
        Assert.Equal(500, status);
        Assert.Equal("maxCountOfRecordsToReturn must be between 1 and 500", Assert.Single(body.Errors()));
    }

    [Fact]
    public async Task An_unknown_or_unqueryable_field_is_a_500_naming_it()
    {
        var (status, body) = await sim.Http.PostAsync("Tickets/query", """{"filter":[{"op":"eq","field":"statuss","value":5}]}""");
        Assert.Equal(500, status);
        Assert.Equal("Unable to find statuss in the Ticket Entity", Assert.Single(body.Errors()));

        (status, _) = await sim.Http.PostAsync("Tickets/query", """{"filter":[{"op":"eq","field":"creatorType","value":1}]}""");
        Assert.Equal(500, status);
    }

    [Fact]
    public async Task A_misspelled_operator_is_silently_ignored()
    {
        var (_, all) = await sim.Http.PostAsync("Tickets/query/count", """{"filter":[]}""");
        var (status, ignored) = await sim.Http.PostAsync("Tickets/query/count", """{"filter":[{"op":"ne","field":"status","value":5}]}""");
        Assert.Equal(200, status);
        Assert.Equal(all.GetProperty("queryCount").GetInt32(), ignored.GetProperty("queryCount").GetInt32());
    }

    [Fact]
    public async Task A_query_without_a_filter_is_refused_but_an_empty_filter_matches_everything()
    {
        var (status, _) = await sim.Http.PostAsync("Tickets/query", """{"MaxRecords":5}""");
        Assert.Equal(500, status);
        (status, var page) = await sim.Http.PostAsync("Tickets/query", """{"filter":[],"MaxRecords":5}""");
        Assert.Equal(200, status);
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Filters_combine_with_nested_and_or_and_compare_text_ignoring_case()
    {
        var tickets = sim.Host.State.Tenant.Tickets.Snapshot();
        var since = SimulatorFixture.Now.UtcDateTime.AddDays(-14);
        var expected = tickets.Count(t => t.CreateDate >= since && (t.Status == 5 || t.Title.StartsWith("[blackpoint]", StringComparison.OrdinalIgnoreCase)));

        var (status, body) = await sim.Http.PostAsync("Tickets/query/count", $$"""
            {"filter":[
              {"op":"gte","field":"CREATEDATE","value":"{{since:yyyy-MM-ddTHH:mm:ss}}"},
              {"op":"or","items":[
                 {"op":"eq","field":"status","value":5},
                 {"op":"and","items":[{"op":"beginsWith","field":"title","value":"[blackpoint]"}]}
              ]}
            ]}
            """);

        Assert.Equal(200, status);
        Assert.True(expected > 0);
        Assert.Equal(expected, body.GetProperty("queryCount").GetInt32());
    }

    [Fact]
    public async Task In_and_exist_filters_match_as_documented()
    {
        var tickets = sim.Host.State.Tenant.Tickets.Snapshot();
        var (_, inQueues) = await sim.Http.PostAsync("Tickets/query/count",
            """{"filter":[{"op":"in","field":"queueID","value":[29683479,29683480]},{"op":"notExist","field":"completedDate"}]}""");
        Assert.Equal(tickets.Count(t => t.QueueId is 29683479 or 29683480 && t.CompletedDate is null), inQueues.GetProperty("queryCount").GetInt32());
    }

    [Fact]
    public async Task Items_use_camelCase_UTC_with_Z_and_decimals_with_four_places()
    {
        var (_, page) = await sim.Http.PostAsync("Tickets/query",
            """{"filter":[{"op":"exist","field":"estimatedHours"}],"MaxRecords":1}""");
        var raw = page.GetProperty("items")[0].GetRawText();

        Assert.Matches("\"createDate\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z\"", raw);
        Assert.Matches("\"estimatedHours\":\\d+\\.\\d{4}[,}]", raw);
        Assert.Contains("\"queueID\":", raw, StringComparison.Ordinal);
        Assert.Contains("\"userDefinedFields\":[", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncludeFields_trims_items_to_those_fields()
    {
        var (_, page) = await sim.Http.PostAsync("Tickets/query",
            """{"filter":[],"IncludeFields":["id","Status"],"MaxRecords":3}""");
        var names = page.GetProperty("items")[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "status", "userDefinedFields"], names);
    }

    [Fact]
    public async Task Get_by_id_returns_the_item_or_a_null_item()
    {
        var first = sim.Host.State.Tenant.Tickets.Snapshot()[0];
        using var found = await sim.Http.GetAsync($"Tickets/{first.Id}");
        Assert.Equal(first.TicketNumber, (await found.ReadAsync()).GetProperty("item").GetProperty("ticketNumber").GetString());

        using var missing = await sim.Http.GetAsync("Tickets/1");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await missing.ReadAsync()).GetProperty("item").ValueKind);
    }

    [Fact]
    public async Task Field_metadata_carries_picklists_with_string_values_and_tenant_labels()
    {
        using var response = await sim.Http.GetAsync("Tickets/entityInformation/fields");
        var fields = (await response.ReadAsync()).GetProperty("fields").EnumerateArray().ToList();
        var status = fields.Single(f => f.GetProperty("name").GetString() == "status");

        Assert.True(status.GetProperty("isPickList").GetBoolean());
        var values = status.GetProperty("picklistValues").EnumerateArray().ToList();
        Assert.Contains(values, v => v.GetProperty("value").GetString() == "5" && v.GetProperty("label").GetString() == "Complete");
        Assert.Contains(values, v => v.GetProperty("value").GetString() == "28");
        Assert.Contains(values, v => !v.GetProperty("isActive").GetBoolean());
        Assert.Contains(fields, f => f.GetProperty("name").GetString() == "queueID" && f.GetProperty("isPickList").GetBoolean());
    }
}
