using Autotask.Client.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

public sealed class MetadataTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task Entity_information_tells_what_an_entity_supports()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        var tickets = await client.Metadata.GetEntityInformationAsync("Tickets", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Ticket", tickets.Name);
        Assert.True(tickets.CanQuery);
        Assert.True(tickets.HasUserDefinedFields);
        Assert.True(tickets.SupportsWebhookCallouts);
    }

    [Fact]
    public async Task UDF_definitions_and_values_come_as_names_and_strings()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var raw = fx.Simulator.State.Tenant.Tickets.Snapshot().First(t => t.UserDefinedFields is { Count: > 0 });

        var udfs = await client.Metadata.GetUserDefinedFieldsAsync("Tickets", cancellationToken: TestContext.Current.CancellationToken);
        var ticket = await client.Tickets.GetAsync(raw.Id, TestContext.Current.CancellationToken);

        Assert.Contains(udfs, u => u.Name == "Root Cause" && u.Type == "string");
        Assert.Equal(raw.UserDefinedFields!["Root Cause"], ticket!.UserDefinedFields.ValueOf("root cause"));
    }

    [Fact]
    public async Task Metadata_is_read_once_and_an_unknown_picklist_value_refreshes_it_once()
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var ct = TestContext.Current.CancellationToken;
        var before = fx.Simulator.State.Requests.For("Tickets");

        var complete = await client.Metadata.LabelAsync("Tickets", "status", 5, ct);
        var again = await client.Metadata.LabelAsync("Tickets", "priority", 1, ct);
        var afterKnown = fx.Simulator.State.Requests.For("Tickets");
        var unknown = await client.Metadata.LabelAsync("Tickets", "status", 987, ct);

        Assert.Equal("Complete", complete);
        Assert.NotNull(again);
        Assert.Null(unknown);
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(2, fx.Simulator.State.Requests.For("Tickets") - before);
    }
}
