using System.Globalization;
using Autotask.Simulator.Tenant.Records;

namespace Autotask.Simulator.Tests;

/// <summary>The filter grammar of autotask-api.md §2.4, each operator checked against a recount of the records.</summary>
public sealed class FilterTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    static readonly DateTime Since = SimulatorFixture.Now.UtcDateTime.AddDays(-10);

    public static TheoryData<string, string> Conditions => new()
    {
        { "eq", """{"op":"eq","field":"status","value":5}""" },
        { "noteq", """{"op":"noteq","field":"status","value":5}""" },
        { "gt", $$"""{"op":"gt","field":"createDate","value":"{{Since:s}}"}""" },
        { "gte", """{"op":"gte","field":"priority","value":3}""" },
        { "lt", """{"op":"lt","field":"estimatedHours","value":1.5}""" },
        { "lte", $$"""{"op":"lte","field":"completedDate","value":"{{Since:s}}Z"}""" },
        { "beginsWith", """{"op":"beginsWith","field":"title","value":"saas alerts"}""" },
        { "endsWith", """{"op":"endsWith","field":"title","value":"[RULE HIT]"}""" },
        { "contains", """{"op":"contains","field":"title","value":"\"pc load letter\""}""" },
        { "exist", """{"op":"exist","field":"firstResponseDateTime"}""" },
        { "notExist", """{"op":"notExist","field":"completedDate"}""" },
        { "in", """{"op":"in","field":"queueID","value":[29683481,29683482]}""" },
        { "notIn", """{"op":"notIn","field":"status","value":[1,5]}""" },
        { "boolean", """{"op":"eq","field":"serviceLevelAgreementHasBeenMet","value":false}""" },
        { "udf", """{"op":"eq","field":"Root Cause","value":"user error","udf":true}""" },
        { "or", """{"op":"or","items":[{"op":"eq","field":"priority","value":4},{"op":"and","items":[{"op":"eq","field":"status","value":8},{"op":"exist","field":"assignedResourceID"}]}]}""" },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public async Task Each_operator_matches_what_a_recount_finds(string name, string condition)
    {
        var expected = sim.Host.State.Tenant.Tickets.Snapshot().Count(Expected(name));
        var (status, body) = await sim.Http.PostAsync("Tickets/query/count", $$"""{"filter":[{{condition}}]}""");

        Assert.Equal(200, status);
        Assert.True(expected > 0, $"the demo tenant should have tickets for '{name}'");
        Assert.Equal(expected, body.GetProperty("queryCount").GetInt32());
    }

    static Func<SimTicket, bool> Expected(string name) => name switch
    {
        "eq" => t => t.Status == 5,
        "noteq" => t => t.Status != 5,
        "gt" => t => t.CreateDate > Since,
        "gte" => t => t.Priority >= 3,
        "lt" => t => t.EstimatedHours < 1.5m,
        "lte" => t => t.CompletedDate <= Since,
        "beginsWith" => t => t.Title.StartsWith("SaaS Alerts", StringComparison.OrdinalIgnoreCase),
        "endsWith" => t => t.Title.EndsWith("[Rule Hit]", StringComparison.OrdinalIgnoreCase),
        "contains" => t => t.Title.Contains("\"PC LOAD LETTER\"", StringComparison.OrdinalIgnoreCase),
        "exist" => t => t.FirstResponseDateTime is not null,
        "notExist" => t => t.CompletedDate is null,
        "in" => t => t.QueueId is 29683481 or 29683482,
        "notIn" => t => t.Status is not (1 or 5),
        "boolean" => t => t.ServiceLevelAgreementHasBeenMet == false,
        "udf" => t => string.Equals(t.UserDefinedFields?.GetValueOrDefault("Root Cause"), "User error", StringComparison.OrdinalIgnoreCase),
        _ => t => t.Priority == 4 || (t.Status == 8 && t.AssignedResourceId is not null),
    };

    [Theory]
    [InlineData("""[{"op":"eq","field":"Root Cause","value":"x","udf":true},{"op":"eq","field":"Customer PO","value":"y","udf":true}]""")]
    [InlineData("""[{"op":"eq","field":"serviceLevelAgreementHasBeenMet","value":"true"}]""")]
    [InlineData("""[{"op":"eq","field":"serviceLevelAgreementHasBeenMet","value":null}]""")]
    [InlineData("""[{"op":"eq","field":"lastActivityPersonType","value":1}]""")]
    [InlineData("""[{"op":"gt","field":"createDate","value":"yesterday"}]""")]
    public async Task Documented_bad_filters_are_a_500_with_errors(string filter)
    {
        var (status, body) = await sim.Http.PostAsync("Tickets/query", $$"""{"filter":{{filter}}}""");
        Assert.Equal(500, status);
        Assert.NotEmpty(body.Errors());
    }

    [Fact]
    public async Task More_than_500_OR_conditions_are_refused()
    {
        var ids = string.Join(",", Enumerable.Range(1, 501).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var items = string.Join(",", Enumerable.Range(1, 501).Select(i => $$"""{"op":"eq","field":"id","value":{{i}}}"""));

        var (inStatus, inBody) = await sim.Http.PostAsync("Tickets/query", $$"""{"filter":[{"op":"in","field":"id","value":[{{ids}}]}]}""");
        var (orStatus, _) = await sim.Http.PostAsync("Tickets/query", $$"""{"filter":[{"op":"or","items":[{{items}}]}]}""");
        var (okStatus, _) = await sim.Http.PostAsync("Tickets/query", $$"""{"filter":[{"op":"in","field":"id","value":[{{ids[..ids.LastIndexOf(',')]}}]}]}""");

        Assert.Equal(500, inStatus);
        Assert.Contains("500 or fewer 'OR' conditions", Assert.Single(inBody.Errors()), StringComparison.Ordinal);
        Assert.Equal(500, orStatus);
        Assert.Equal(200, okStatus);
    }

    [Fact]
    public async Task Dates_without_an_offset_are_UTC_and_offsets_are_converted()
    {
        var (_, plain) = await sim.Http.PostAsync("Tickets/query/count", $$"""{"filter":[{"op":"gte","field":"createDate","value":"{{Since:s}}"}]}""");
        var (_, zulu) = await sim.Http.PostAsync("Tickets/query/count", $$"""{"filter":[{"op":"gte","field":"createDate","value":"{{Since:s}}.000Z"}]}""");
        var (_, offset) = await sim.Http.PostAsync("Tickets/query/count", $$"""{"filter":[{"op":"gte","field":"createDate","value":"{{Since.AddHours(-5):s}}-05:00"}]}""");

        Assert.Equal(plain.GetProperty("queryCount").GetInt32(), zulu.GetProperty("queryCount").GetInt32());
        Assert.Equal(plain.GetProperty("queryCount").GetInt32(), offset.GetProperty("queryCount").GetInt32());
    }

    [Fact]
    public async Task IncludeFields_may_name_fields_in_any_case_and_keeps_userDefinedFields()
    {
        var (status, page) = await sim.Http.PostAsync("Tickets/query", """{"filter":[],"IncludeFields":["ID","TicketNumber","Root Cause"],"MaxRecords":2}""");
        Assert.Equal(200, status);
        var names = page.GetProperty("items")[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "ticketNumber", "userDefinedFields"], names);
    }
}
