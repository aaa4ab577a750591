using System.Net;
using System.Text.Json;

namespace Autotask.Simulator.Tests;

/// <summary>The entities of autotask-api.md §6, their field names and wire formats.</summary>
public sealed class EntityTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData("Tickets", "Ticket")]
    [InlineData("TimeEntries", "TimeEntry")]
    [InlineData("Resources", "Resource")]
    [InlineData("Companies", "Company")]
    [InlineData("Contacts", "Contact")]
    [InlineData("Contracts", "Contract")]
    [InlineData("Projects", "Project")]
    [InlineData("Tasks", "Task")]
    [InlineData("BillingCodes", "BillingCode")]
    [InlineData("TicketCategories", "TicketCategory")]
    [InlineData("TicketNotes", "TicketNote")]
    [InlineData("ServiceLevelAgreementResults", "ServiceLevelAgreementResult")]
    [InlineData("ResourceRoleQueues", "ResourceRoleQueue")]
    [InlineData("DeletedTicketLogs", "DeletedTicketLog")]
    [InlineData("DeletedTicketActivityLogs", "DeletedTicketActivityLog")]
    [InlineData("DeletedTaskActivityLogs", "DeletedTaskActivityLog")]
    [InlineData("Roles", "Role")]
    public async Task Every_entity_answers_queries_counts_and_metadata(string path, string name)
    {
        var (status, count) = await sim.Http.PostAsync($"{path}/query/count", """{"filter":[{"op":"gte","field":"id","value":0}]}""");
        var (_, page) = await sim.Http.PostAsync($"{path}/query", """{"filter":[{"op":"gte","field":"id","value":0}],"MaxRecords":3}""");
        using var info = await sim.Http.GetAsync($"{path}/entityInformation");

        Assert.Equal(200, status);
        Assert.True(count.GetProperty("queryCount").GetInt32() > 0, $"{path} should have rows");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(name, (await info.ReadAsync()).GetProperty("info").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tickets_carry_the_swagger_fields_in_camelCase()
    {
        var item = await First("Tickets", """[{"op":"exist","field":"completedDate"},{"op":"exist","field":"contactID"}]""");
        string[] expected =
        [
            "id", "ticketNumber", "title", "description", "status", "priority", "queueID", "companyID", "contactID", "contractID",
            "assignedResourceID", "assignedResourceRoleID", "createDate", "creatorResourceID", "creatorType", "dueDateTime",
            "firstResponseDateTime", "firstResponseDueDateTime", "resolvedDateTime", "completedDate", "completedByResourceID",
            "lastActivityDate", "lastActivityResourceID", "lastActivityPersonType", "lastTrackedModificationDateTime",
            "serviceLevelAgreementID", "serviceLevelAgreementHasBeenMet", "ticketType", "ticketCategory", "source", "issueType",
            "subIssueType", "estimatedHours", "billingCodeID", "resolution", "isAssignedToComanaged", "userDefinedFields",
        ];
        var names = item.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Empty(expected.Except(names));
        Assert.Equal(JsonValueKind.Number, item.GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task Time_entries_have_a_date_only_dateWorked_and_four_place_hours()
    {
        var (_, page) = await sim.Http.PostAsync("TimeEntries/query", """{"filter":[{"op":"exist","field":"ticketID"}],"MaxRecords":1}""");
        var raw = page.GetProperty("items")[0].GetRawText();

        Assert.Matches("\"dateWorked\":\"\\d{4}-\\d\\d-\\d\\dT00:00:00Z\"", raw);
        Assert.Matches("\"hoursWorked\":\\d+\\.\\d{4}[,}]", raw);
        Assert.Matches("\"lastModifiedDateTime\":\"[^\"]+Z\"", raw);
    }

    [Fact]
    public async Task Contacts_isActive_is_an_integer_while_companies_use_a_boolean()
    {
        var contact = await First("Contacts", "[]");
        var company = await First("Companies", """[{"op":"eq","field":"id","value":0}]""");

        Assert.Equal(JsonValueKind.Number, contact.GetProperty("isActive").ValueKind);
        Assert.True(contact.TryGetProperty("lastModifiedDate", out _));
        Assert.Equal(JsonValueKind.True, company.GetProperty("isActive").ValueKind);
        Assert.True(company.TryGetProperty("lastTrackedModifiedDateTime", out _));
        Assert.Contains("(demo)", company.GetProperty("companyName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SLA_results_agree_with_their_tickets()
    {
        var ticket = sim.Host.State.Tenant.Tickets.Snapshot().First(t => t.ServiceLevelAgreementId is not null && t.ResolvedDateTime is not null);
        var result = await First("ServiceLevelAgreementResults", $$"""[{"op":"eq","field":"ticketID","value":{{ticket.Id}}}]""");

        Assert.Equal(ticket.ResolvedDateTime <= ticket.DueDateTime, result.GetProperty("isResolutionMet").GetBoolean());
        Assert.Equal((ticket.ResolvedDateTime!.Value - ticket.CreateDate).TotalHours, result.GetProperty("resolutionElapsedHours").GetDouble(), 3);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("serviceLevelAgreementName").GetString()));
    }

    [Fact]
    public async Task Deleted_tickets_are_gone_from_Tickets_and_logged()
    {
        var log = await First("DeletedTicketLogs", "[]");
        var id = log.GetProperty("ticketID").GetInt64();

        using var get = await sim.Http.GetAsync($"Tickets/{id}");
        Assert.Equal(JsonValueKind.Null, (await get.ReadAsync()).GetProperty("item").ValueKind);
        Assert.StartsWith("T", log.GetProperty("ticketNumber").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", log.GetProperty("deletedDateTime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Companies_have_user_defined_fields_with_definitions()
    {
        using var defs = await sim.Http.GetAsync("Companies/entityInformation/userDefinedFields");
        var fields = (await defs.ReadAsync()).GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        var company = await First("Companies", """[{"op":"gt","field":"id","value":0}]""");

        Assert.Contains("Service Tier", fields);
        Assert.Contains(company.GetProperty("userDefinedFields").EnumerateArray(), u => u.GetProperty("name").GetString() == "Service Tier");
    }

    [Fact]
    public async Task Unknown_entities_are_a_404()
    {
        using var response = await sim.Http.PostAsync("Widgets/query", Json.Body("""{"filter":[]}"""));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    async Task<JsonElement> First(string entity, string filter)
    {
        var (status, page) = await sim.Http.PostAsync($"{entity}/query", $$"""{"filter":{{filter}},"MaxRecords":1}""");
        Assert.Equal(200, status);
        return page.GetProperty("items")[0];
    }
}
