using System.Net.Http.Json;
using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

/// <summary>
/// Pins the shapes the prototype returned, which users' scripts parse (design.md §4): code-keyed
/// breakdowns with labels beside them, and tickets under Autotask's own field names.
/// </summary>
[Collection(SyncedCollection.Name)]
public sealed class PrototypeShapeTests(SyncedScorecard fx)
{
    const string Url = "/api/autotask/tickets?start_date=2026-11-02&end_date=2026-11-08";

    [Fact]
    public async Task By_status_and_by_priority_are_objects_keyed_by_the_code_with_labels_beside_them()
    {
        var data = await GetDataAsync();

        foreach (var (counts, labels) in new[] { ("by_status", "status_labels"), ("by_priority", "priority_labels"), ("by_queue", "queue_labels") })
        {
            var byCode = data.GetProperty(counts);
            Assert.Equal(JsonValueKind.Object, byCode.ValueKind);
            var keys = byCode.EnumerateObject().Select(p => p.Name).ToList();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.True(int.TryParse(k, out _), $"{counts} key '{k}' is not a code"));
            Assert.All(byCode.EnumerateObject(), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
            Assert.Equal(keys, data.GetProperty(labels).EnumerateObject().Select(p => p.Name).ToList());
        }

        Assert.Equal(data.GetProperty("total").GetInt32(), data.GetProperty("by_status").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal("New", data.GetProperty("status_labels").GetProperty("1").GetString());
    }

    [Fact]
    public async Task Each_ticket_carries_Autotasks_field_names_and_labels_beside_the_codes()
    {
        var data = await GetDataAsync();
        var tickets = data.GetProperty("tickets").EnumerateArray().ToList();
        Assert.NotEmpty(tickets);

        string[] autotaskNames = ["id", "ticketNumber", "title", "status", "priority", "queueID", "companyID", "createDate", "completedDate",
            "assignedResourceID", "ticketType", "source", "issueType", "serviceLevelAgreementID", "firstResponseDateTime", "lastActivityDate"];
        Assert.All(autotaskNames, n => Assert.True(tickets[0].TryGetProperty(n, out _), $"ticket lacks {n}"));
        Assert.False(tickets[0].TryGetProperty("queue_id", out _));
        Assert.False(tickets[0].TryGetProperty("create_date", out _));

        var stored = fx.Tenant.Simulator.State.Tenant.Tickets.Snapshot().ToDictionary(t => t.Id);
        var complete = tickets.First(t => t.GetProperty("status").GetInt32() == 5);
        Assert.Equal("Complete", complete.GetProperty("statusLabel").GetString());
        var source = stored[complete.GetProperty("id").GetInt64()];
        Assert.Equal(source.TicketNumber, complete.GetProperty("ticketNumber").GetString());
        Assert.Equal(source.QueueId, complete.GetProperty("queueID").GetInt32());
        Assert.Equal(source.CreateDate, complete.GetProperty("createDate").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(JsonValueKind.String, complete.GetProperty("completedDate").ValueKind);
        Assert.All(tickets, t => Assert.Equal(JsonValueKind.String, t.GetProperty("priorityLabel").ValueKind));
    }

    async Task<JsonElement> GetDataAsync()
    {
        using var http = fx.App.CreateClient();
        var body = await http.GetFromJsonAsync<JsonElement>(Url, TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("success").GetBoolean());
        return body.GetProperty("data");
    }
}
