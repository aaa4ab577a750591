using System.Text.Json.Serialization;
using Autotask.Client.Metadata;
using Autotask.Client.Models;
using Autotask.Client.Webhooks;

namespace Autotask.Client.Json;

/// <summary>Source-generated serialization: camelCase on the wire, tolerant of case, unknown and missing fields.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UtcDateTimeOffsetConverter)])]
[JsonSerializable(typeof(QueryPage<Ticket>))]
[JsonSerializable(typeof(ItemResponse<Ticket>))]
[JsonSerializable(typeof(QueryPage<TimeEntry>))]
[JsonSerializable(typeof(ItemResponse<TimeEntry>))]
[JsonSerializable(typeof(QueryPage<Resource>))]
[JsonSerializable(typeof(ItemResponse<Resource>))]
[JsonSerializable(typeof(QueryPage<Company>))]
[JsonSerializable(typeof(ItemResponse<Company>))]
[JsonSerializable(typeof(QueryPage<Contact>))]
[JsonSerializable(typeof(ItemResponse<Contact>))]
[JsonSerializable(typeof(QueryPage<Contract>))]
[JsonSerializable(typeof(ItemResponse<Contract>))]
[JsonSerializable(typeof(QueryPage<Project>))]
[JsonSerializable(typeof(ItemResponse<Project>))]
[JsonSerializable(typeof(QueryPage<ProjectTask>))]
[JsonSerializable(typeof(ItemResponse<ProjectTask>))]
[JsonSerializable(typeof(QueryPage<BillingCode>))]
[JsonSerializable(typeof(ItemResponse<BillingCode>))]
[JsonSerializable(typeof(QueryPage<TicketCategory>))]
[JsonSerializable(typeof(ItemResponse<TicketCategory>))]
[JsonSerializable(typeof(QueryPage<TicketNote>))]
[JsonSerializable(typeof(ItemResponse<TicketNote>))]
[JsonSerializable(typeof(QueryPage<ServiceLevelAgreementResult>))]
[JsonSerializable(typeof(ItemResponse<ServiceLevelAgreementResult>))]
[JsonSerializable(typeof(QueryPage<ResourceRoleQueue>))]
[JsonSerializable(typeof(ItemResponse<ResourceRoleQueue>))]
[JsonSerializable(typeof(QueryPage<DeletedTicketLog>))]
[JsonSerializable(typeof(ItemResponse<DeletedTicketLog>))]
[JsonSerializable(typeof(QueryPage<DeletedTicketActivityLog>))]
[JsonSerializable(typeof(ItemResponse<DeletedTicketActivityLog>))]
[JsonSerializable(typeof(QueryPage<DeletedTaskActivityLog>))]
[JsonSerializable(typeof(ItemResponse<DeletedTaskActivityLog>))]
[JsonSerializable(typeof(QueryPage<Role>))]
[JsonSerializable(typeof(ItemResponse<Role>))]
[JsonSerializable(typeof(QueryPage<TicketWebhook>))]
[JsonSerializable(typeof(ItemResponse<TicketWebhook>))]
[JsonSerializable(typeof(QueryPage<TicketWebhookField>))]
[JsonSerializable(typeof(ItemResponse<TicketWebhookField>))]
[JsonSerializable(typeof(QueryPage<TicketWebhookExcludedResource>))]
[JsonSerializable(typeof(ItemResponse<TicketWebhookExcludedResource>))]
[JsonSerializable(typeof(CountResponse))]
[JsonSerializable(typeof(ItemIdResponse))]
[JsonSerializable(typeof(ZoneInformation))]
[JsonSerializable(typeof(ThresholdInformation))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(FieldsResponse))]
[JsonSerializable(typeof(EntityInformationResponse))]
[JsonSerializable(typeof(UserDefinedFieldsResponse))]
sealed partial class AutotaskJsonContext : JsonSerializerContext;
