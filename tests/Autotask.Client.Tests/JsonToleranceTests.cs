using System.Text.Json;
using Autotask.Client.Json;

namespace Autotask.Client.Tests;

public sealed class JsonToleranceTests
{
    [Fact]
    public void A_record_reads_with_unknown_and_missing_fields_and_timestamps_with_or_without_Z()
    {
        const string json = """
            {"items":[{"id":7,"ticketNumber":"T20240501.0046","status":"5","brandNewField":{"x":[1,2]},
              "createDate":"2016-03-30T13:10:35.563","completedDate":"2024-05-02T10:11:12.2Z","lastActivityDate":null,
              "estimatedHours":3.5000,"userDefinedFields":[{"name":"Root Cause","value":"User error"}]}],
             "pageDetails":{"count":1,"requestCount":500,"prevPageUrl":null,"nextPageUrl":null}}
            """;

        var page = JsonSerializer.Deserialize(json, AutotaskJsonContext.Default.QueryPageTicket)!;
        var t = Assert.Single(page.Items);

        Assert.Equal(5, t.Status);
        Assert.Equal(new DateTimeOffset(2016, 3, 30, 13, 10, 35, 563, TimeSpan.Zero), t.CreateDate);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 11, 12, 200, TimeSpan.Zero), t.CompletedDate);
        Assert.Null(t.LastActivityDate);
        Assert.Null(t.QueueID);
        Assert.Equal(3.5m, t.EstimatedHours);
        Assert.Equal("User error", Assert.Single(t.UserDefinedFields).Value);
    }

    [Fact]
    public void A_record_without_userDefinedFields_has_an_empty_list()
    {
        var t = JsonSerializer.Deserialize("""{"item":{"id":1}}""", AutotaskJsonContext.Default.ItemResponseCompany)!.Item!;
        Assert.Empty(t.UserDefinedFields);
    }

    [Fact]
    public void Picklist_values_without_isActive_count_as_active_and_a_page_without_items_is_empty()
    {
        var fields = JsonSerializer.Deserialize("""{"fields":[{"name":"status","isPickList":true,"picklistValues":[{"value":"1","label":"New"}]}]}""",
            AutotaskJsonContext.Default.FieldsResponse)!;
        var page = JsonSerializer.Deserialize("""{"pageDetails":{"count":0}}""", AutotaskJsonContext.Default.QueryPageTicket)!;

        Assert.True(Assert.Single(Assert.Single(fields.Fields).PicklistValues!).IsActive);
        Assert.Empty(page.Items);
    }
}
