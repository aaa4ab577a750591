using System.Text.Json.Serialization;
using Autotask.Client.Metadata;
using Autotask.Client.Models;

namespace Autotask.Client.Json;

/// <summary>Source-generated serialization: camelCase on the wire, tolerant of case, unknown and missing fields.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(UtcDateTimeOffsetConverter)])]
[JsonSerializable(typeof(QueryPage<Ticket>))]
[JsonSerializable(typeof(QueryPage<TimeEntry>))]
[JsonSerializable(typeof(QueryPage<Resource>))]
[JsonSerializable(typeof(QueryPage<Company>))]
[JsonSerializable(typeof(ItemResponse<Ticket>))]
[JsonSerializable(typeof(ItemResponse<TimeEntry>))]
[JsonSerializable(typeof(ItemResponse<Resource>))]
[JsonSerializable(typeof(ItemResponse<Company>))]
[JsonSerializable(typeof(CountResponse))]
[JsonSerializable(typeof(ZoneInformation))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(FieldsResponse))]
sealed partial class AutotaskJsonContext : JsonSerializerContext;
