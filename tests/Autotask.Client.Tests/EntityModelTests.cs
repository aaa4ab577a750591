using System.Reflection;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Autotask.Client.Tests;

/// <summary>The models were written from autotask-api.md §6; the simulator's metadata was written apart from them.</summary>
public sealed class EntityModelTests(ClientFixture fx) : IClassFixture<ClientFixture>
{
    public static TheoryData<string> Entities() =>
    [
        "Tickets", "TimeEntries", "Resources", "Companies", "Contacts", "Contracts", "Projects", "Tasks", "BillingCodes",
        "TicketCategories", "TicketNotes", "ServiceLevelAgreementResults", "ResourceRoleQueues", "DeletedTicketLogs", "DeletedTicketActivityLogs",
        "DeletedTaskActivityLogs", "Roles",
    ];

    [Theory]
    [MemberData(nameof(Entities))]
    public async Task Every_record_of_the_entity_reads_into_its_model(string entity)
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();

        var ids = await Query(client, entity).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(fx.Simulator.State.Tenant.Tables[entity].RowCount, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public async Task Every_model_property_is_a_field_the_entity_reports(string entity)
    {
        using var services = fx.Services();
        var client = services.GetRequiredService<AutotaskClient>();
        var fields = (await client.Metadata.GetFieldsAsync(entity, cancellationToken: TestContext.Current.CancellationToken))
            .Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var model = typeof(AutotaskClient).GetProperty(entity)!.PropertyType.GetGenericArguments()[0];

        var missing = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.Name != nameof(Ticket.UserDefinedFields))
            .Select(p => p.Name).Where(n => !fields.Contains(n)).ToList();

        Assert.Empty(missing);
    }

    static IAsyncEnumerable<long> Query(AutotaskClient client, string entity)
    {
        var property = typeof(AutotaskClient).GetProperty(entity)!;
        dynamic sub = property.GetValue(client)!;
        return Ids(sub.QueryAsync(AutotaskFilter.All, null, TestContext.Current.CancellationToken));
    }

    static async IAsyncEnumerable<long> Ids<T>(IAsyncEnumerable<T> records) where T : IAutotaskEntity
    {
        await foreach (var r in records)
        {
            yield return r.Id;
        }
    }
}
