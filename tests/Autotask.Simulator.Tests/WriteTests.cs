using System.Net;
using System.Text.Json;

namespace Autotask.Simulator.Tests;

/// <summary>Autotask-style writes: create and PATCH tickets, notes through the parent, time entries; wrong verbs are 405.</summary>
public sealed class WriteTests : FreshSimulator
{
    [Fact]
    public async Task A_created_ticket_gets_a_number_and_completing_then_reopening_it_sets_then_clears_completedDate()
    {
        var (status, created) = await Http.PostAsync("Tickets",
            """{"title":"Scanner \"jammed\" 📠","status":1,"priority":2,"companyID":0,"queueID":29683479}""");
        Assert.Equal(200, status);
        var id = created.GetProperty("itemId").GetInt64();

        Clock.Advance(TimeSpan.FromMinutes(10));
        await Http.PatchAsync("Tickets", Json.Body($$"""{"id":{{id}},"status":5}"""));
        var done = await Item(id);
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Http.PatchAsync("Tickets", Json.Body($$"""{"id":{{id}},"status":8}"""));
        var reopened = await Item(id);

        Assert.StartsWith("T20261125.", done.GetProperty("ticketNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("Scanner \"jammed\" 📠", done.GetProperty("title").GetString());
        Assert.Equal("2026-11-25T15:10:00Z", done.GetProperty("completedDate").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("completedDate").ValueKind);
        Assert.Equal("2026-11-25T15:20:00Z", reopened.GetProperty("lastTrackedModificationDateTime").GetString());
    }

    [Fact]
    public async Task A_ticket_without_its_required_fields_is_refused_with_errors()
    {
        var (status, body) = await Http.PostAsync("Tickets", """{"status":1,"priority":2,"companyID":0}""");
        Assert.Equal(500, status);
        Assert.Contains("title", Assert.Single(body.Errors()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_are_written_through_the_ticket_and_move_its_last_activity()
    {
        var ticket = State.Tenant.Tickets.Snapshot()[^1];
        Clock.Advance(TimeSpan.FromMinutes(3));

        var (status, note) = await Http.PostAsync($"Tickets/{ticket.Id}/Notes", """{"title":"Update","description":"Called back","noteType":1,"publish":1}""");
        var (_, found) = await Http.PostAsync("TicketNotes/query", $$"""{"filter":[{"op":"eq","field":"id","value":{{note.GetProperty("itemId").GetInt64()}}}]}""");

        Assert.Equal(200, status);
        Assert.Equal(ticket.Id, found.GetProperty("items")[0].GetProperty("ticketID").GetInt64());
        Assert.Equal("2026-11-25T15:03:00Z", (await Item(ticket.Id)).GetProperty("lastActivityDate").GetString());
    }

    [Fact]
    public async Task A_deleted_time_entry_leaves_a_deleted_activity_log()
    {
        var ticket = State.Tenant.Tickets.Snapshot()[^1];
        var (_, created) = await Http.PostAsync("TimeEntries", $$"""
            {"resourceID":29682885,"roleID":29682833,"ticketID":{{ticket.Id}},"dateWorked":"2026-11-25T00:00:00Z","hoursWorked":0.5,"summaryNotes":"Typo entry"}
            """);
        var id = created.GetProperty("itemId").GetInt64();

        using var deleted = await Http.DeleteAsync($"TimeEntries/{id}");
        var (_, log) = await Http.PostAsync("DeletedTicketActivityLogs/query", $$"""{"filter":[{"op":"eq","field":"ticketID","value":{{ticket.Id}}},{"op":"eq","field":"typeID","value":1}]}""");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains(log.GetProperty("items").EnumerateArray(), i => i.GetProperty("noteOrAttachmentTitle").GetString() == "Typo entry");
        Assert.Null(State.Tenant.TimeEntries.Find(id));
    }

    [Fact]
    public async Task Deleted_task_time_leaves_a_deleted_task_activity_log_and_regular_time_leaves_nothing()
    {
        var task = State.Tenant.Tasks.Snapshot()[^1];
        var (_, onTask) = await Http.PostAsync("TimeEntries", $$"""
            {"resourceID":29682885,"roleID":29682835,"taskID":{{task.Id}},"dateWorked":"2026-11-25T00:00:00Z","hoursWorked":1.25,"summaryNotes":"Cut-over prep"}
            """);
        var (_, regular) = await Http.PostAsync("TimeEntries", """
            {"resourceID":29682885,"roleID":29682833,"dateWorked":"2026-11-25T00:00:00Z","hoursWorked":0.5,"isNonBillable":true,"summaryNotes":"Huddle"}
            """);
        var (_, before) = await Http.PostAsync("DeletedTaskActivityLogs/query/count", """{"filter":[{"op":"gte","field":"id","value":0}]}""");

        using var taskDelete = await Http.DeleteAsync($"TimeEntries/{onTask.GetProperty("itemId").GetInt64()}");
        using var regularDelete = await Http.DeleteAsync($"TimeEntries/{regular.GetProperty("itemId").GetInt64()}");
        var (_, log) = await Http.PostAsync("DeletedTaskActivityLogs/query", $$"""{"filter":[{"op":"eq","field":"taskID","value":{{task.Id}}}]}""");
        var (_, after) = await Http.PostAsync("DeletedTaskActivityLogs/query/count", """{"filter":[{"op":"gte","field":"id","value":0}]}""");

        Assert.Equal(HttpStatusCode.OK, regularDelete.StatusCode);
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray(), i => i.GetProperty("noteOrAttachmentTitle").GetString() == "Cut-over prep");
        Assert.Equal(1.25m, entry.GetProperty("hoursWorked").GetDecimal());
        Assert.Equal(task.ProjectId, entry.GetProperty("projectID").GetInt64());
        // One log row for the task time, none for the regular time.
        Assert.Equal(before.GetProperty("queryCount").GetInt32() + 1, after.GetProperty("queryCount").GetInt32());
    }

    [Theory]
    [InlineData("PATCH", "Tickets/41873")]
    [InlineData("DELETE", "Tickets/41873")]
    [InlineData("GET", "Tickets")]
    [InlineData("POST", "Resources")]
    public async Task Verbs_Autotask_does_not_support_there_are_a_405(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : Json.Body("{}") };
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.True((await response.ReadAsync()).TryGetProperty("Message", out _));
    }

    async Task<JsonElement> Item(long id)
    {
        using var response = await Http.GetAsync($"Tickets/{id}");
        return (await response.ReadAsync()).GetProperty("item");
    }
}
