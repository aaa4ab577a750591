using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Autotask.Simulator.Schema;
using Autotask.Simulator.Tenant;
using Microsoft.EntityFrameworkCore;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// Compares every synced table with what the simulator serves, entity by entity and field by field. The
/// expected values are the simulator's own wire values (its schema writes them, as it does for the API), so
/// the comparison shares nothing with the server's mapping: a row property is matched to the Autotask field
/// it mirrors by name, and values are compared as Autotask sends them (instants to the millisecond,
/// decimals to four places, date-only fields as dates).
/// </summary>
public static class MirrorDiff
{
    /// <summary>Every difference, as readable lines; empty when the mirror is exact.</summary>
    public static async Task<IReadOnlyList<string>> CompareAsync(TenantData tenant, ScorecardDbContext db, CancellationToken ct = default)
    {
        var diffs = new List<string>();
        await Table(diffs, "Tickets", tenant.Tickets, db.Tickets, ct, ("TicketNumber", "ticketNumber"), ("Title", "title"), ("Status", "status"),
            ("Priority", "priority"), ("QueueId", "queueID"), ("CompanyId", "companyID"), ("ContactId", "contactID"),
            ("AssignedResourceId", "assignedResourceID"), ("AssignedResourceRoleId", "assignedResourceRoleID"), ("CreatorResourceId", "creatorResourceID"),
            ("CompletedByResourceId", "completedByResourceID"), ("TicketType", "ticketType"), ("Source", "source"), ("IssueType", "issueType"),
            ("SubIssueType", "subIssueType"), ("TicketCategory", "ticketCategory"), ("BillingCodeId", "billingCodeID"), ("ContractId", "contractID"),
            ("ProjectId", "projectID"), ("ServiceLevelAgreementId", "serviceLevelAgreementID"),
            ("ServiceLevelAgreementHasBeenMet", "serviceLevelAgreementHasBeenMet"), ("CreateDate", "createDate"), ("DueDateTime", "dueDateTime"),
            ("FirstResponseDateTime", "firstResponseDateTime"), ("FirstResponseDueDateTime", "firstResponseDueDateTime"),
            ("ResolvedDateTime", "resolvedDateTime"), ("CompletedDate", "completedDate"), ("LastActivityDate", "lastActivityDate"),
            ("LastTrackedModificationDateTime", "lastTrackedModificationDateTime"));
        await Table(diffs, "TimeEntries", tenant.TimeEntries, db.TimeEntries, ct, ("ResourceId", "resourceID"), ("RoleId", "roleID"),
            ("TicketId", "ticketID"), ("TaskId", "taskID"), ("TimeEntryType", "timeEntryType"), ("DateWorked", "dateWorked"),
            ("StartDateTime", "startDateTime"), ("EndDateTime", "endDateTime"), ("HoursWorked", "hoursWorked"), ("HoursToBill", "hoursToBill"),
            ("IsNonBillable", "isNonBillable"), ("BillingCodeId", "billingCodeID"), ("ContractId", "contractID"),
            ("CreateDateTime", "createDateTime"), ("LastModifiedDateTime", "lastModifiedDateTime"));
        await Table(diffs, "Resources", tenant.Resources, db.Resources, ct, ("FirstName", "firstName"), ("LastName", "lastName"), ("Email", "email"),
            ("UserName", "userName"), ("IsActive", "isActive"), ("ResourceType", "resourceType"), ("LicenseType", "licenseType"),
            ("UserType", "userType"), ("Title", "title"), ("DefaultServiceDeskRoleId", "defaultServiceDeskRoleID"), ("LocationId", "locationID"));
        await Table(diffs, "Roles", tenant.Roles, db.AutotaskRoles, ct, ("Name", "name"), ("Description", "description"), ("IsActive", "isActive"),
            ("HourlyRate", "hourlyRate"));
        await Table(diffs, "ResourceRoleQueues", tenant.ResourceRoleQueues, db.ResourceRoleQueues, ct, ("ResourceId", "resourceID"),
            ("QueueId", "queueID"), ("RoleId", "roleID"));
        await Table(diffs, "Companies", tenant.Companies, db.Companies, ct, ("CompanyName", "companyName"), ("CompanyNumber", "companyNumber"),
            ("CompanyType", "companyType"), ("Classification", "classification"), ("IsActive", "isActive"), ("ParentCompanyId", "parentCompanyID"),
            ("OwnerResourceId", "ownerResourceID"), ("City", "city"), ("State", "state"), ("CreateDate", "createDate"),
            ("LastActivityDate", "lastActivityDate"), ("LastTrackedModifiedDateTime", "lastTrackedModifiedDateTime"));
        await Table(diffs, "Contacts", tenant.Contacts, db.Contacts, ct, ("CompanyId", "companyID"), ("FirstName", "firstName"),
            ("LastName", "lastName"), ("EmailAddress", "emailAddress"), ("Title", "title"), ("IsActive", "isActive"),
            ("PrimaryContact", "primaryContact"), ("CreateDate", "createDate"), ("LastModifiedDate", "lastModifiedDate"));
        await Table(diffs, "Contracts", tenant.Contracts, db.Contracts, ct, ("CompanyId", "companyID"), ("ContractName", "contractName"),
            ("ContractNumber", "contractNumber"), ("ContractType", "contractType"), ("ContractCategory", "contractCategory"), ("Status", "status"),
            ("StartDate", "startDate"), ("EndDate", "endDate"), ("ServiceLevelAgreementId", "serviceLevelAgreementID"),
            ("IsDefaultContract", "isDefaultContract"), ("EstimatedHours", "estimatedHours"));
        await Table(diffs, "Projects", tenant.Projects, db.Projects, ct, ("ProjectName", "projectName"), ("ProjectNumber", "projectNumber"),
            ("CompanyId", "companyID"), ("Status", "status"), ("ProjectType", "projectType"), ("ProjectLeadResourceId", "projectLeadResourceID"),
            ("ContractId", "contractID"), ("CompletedPercentage", "completedPercentage"), ("CreateDateTime", "createDateTime"),
            ("StartDateTime", "startDateTime"), ("EndDateTime", "endDateTime"), ("CompletedDateTime", "completedDateTime"),
            ("LastActivityDateTime", "lastActivityDateTime"));
        await Table(diffs, "Tasks", tenant.Tasks, db.Tasks, ct, ("ProjectId", "projectID"), ("Title", "title"), ("TaskNumber", "taskNumber"),
            ("Status", "status"), ("Priority", "priority"), ("AssignedResourceId", "assignedResourceID"),
            ("AssignedResourceRoleId", "assignedResourceRoleID"), ("BillingCodeId", "billingCodeID"), ("EstimatedHours", "estimatedHours"),
            ("CreateDateTime", "createDateTime"), ("StartDateTime", "startDateTime"), ("EndDateTime", "endDateTime"),
            ("CompletedDateTime", "completedDateTime"), ("LastActivityDateTime", "lastActivityDateTime"));
        await Table(diffs, "BillingCodes", tenant.BillingCodes, db.BillingCodes, ct, ("Name", "name"), ("Description", "description"),
            ("IsActive", "isActive"), ("BillingCodeType", "billingCodeType"), ("UseType", "useType"));
        await Table(diffs, "TicketCategories", tenant.TicketCategories, db.TicketCategories, ct, ("Name", "name"), ("Nickname", "nickname"),
            ("IsActive", "isActive"));
        await Table(diffs, "ServiceLevelAgreementResults", tenant.SlaResults, db.SlaResults, ct, ("TicketId", "ticketID"),
            ("ServiceLevelAgreementName", "serviceLevelAgreementName"), ("IsFirstResponseMet", "isFirstResponseMet"),
            ("IsResolutionPlanMet", "isResolutionPlanMet"), ("IsResolutionMet", "isResolutionMet"),
            ("FirstResponseElapsedHours", "firstResponseElapsedHours"), ("ResolutionPlanElapsedHours", "resolutionPlanElapsedHours"),
            ("ResolutionElapsedHours", "resolutionElapsedHours"), ("FirstResponseResourceId", "firstResponseResourceID"),
            ("ResolutionResourceId", "resolutionResourceID"));
        return diffs;
    }

    /// <summary>How many rows each compared table holds, to show the comparison had something to compare.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountsAsync(ScorecardDbContext db, CancellationToken ct = default) =>
        new Dictionary<string, int>
        {
            ["Tickets"] = await db.Tickets.CountAsync(ct),
            ["TimeEntries"] = await db.TimeEntries.CountAsync(ct),
            ["Resources"] = await db.Resources.CountAsync(ct),
            ["Roles"] = await db.AutotaskRoles.CountAsync(ct),
            ["ResourceRoleQueues"] = await db.ResourceRoleQueues.CountAsync(ct),
            ["Companies"] = await db.Companies.CountAsync(ct),
            ["Contacts"] = await db.Contacts.CountAsync(ct),
            ["Contracts"] = await db.Contracts.CountAsync(ct),
            ["Projects"] = await db.Projects.CountAsync(ct),
            ["Tasks"] = await db.Tasks.CountAsync(ct),
            ["BillingCodes"] = await db.BillingCodes.CountAsync(ct),
            ["TicketCategories"] = await db.TicketCategories.CountAsync(ct),
            ["ServiceLevelAgreementResults"] = await db.SlaResults.CountAsync(ct),
        };

    static async Task Table<TSim, TRow>(List<string> diffs, string entity, EntityTable<TSim> table, DbSet<TRow> rows, CancellationToken ct,
        params (string Property, string Field)[] fields)
        where TSim : class
        where TRow : class, ISyncedRow
    {
        var schema = table.Schema;
        var expected = table.Snapshot().ToDictionary(schema.Id, r => Wire(schema, r));
        var actual = await rows.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var properties = fields.Select(f => (typeof(TRow).GetProperty(f.Property) ?? throw new ArgumentException($"{typeof(TRow).Name}.{f.Property}"), f.Field)).ToArray();
        foreach (var id in expected.Keys.Where(id => !actual.ContainsKey(id)).Take(20))
        {
            diffs.Add($"{entity} {id}: missing from the database");
        }

        foreach (var id in actual.Keys.Where(id => !expected.ContainsKey(id)).Take(20))
        {
            diffs.Add($"{entity} {id}: in the database but not in Autotask");
        }

        var fieldDiffs = 0;
        foreach (var (id, wire) in expected)
        {
            if (!actual.TryGetValue(id, out var row))
            {
                continue;
            }

            foreach (var (property, field) in properties)
            {
                var want = Normalize(wire.TryGetValue(field, out var w) ? w : default, property.PropertyType);
                var got = Normalize(property.GetValue(row), property.PropertyType);
                if (!Equals(want, got) && fieldDiffs++ < 20)
                {
                    diffs.Add($"{entity} {id}.{field}: Autotask has {want ?? "null"}, the database {got ?? "null"}");
                }
            }
        }
    }

    static Dictionary<string, JsonElement> Wire<T>(EntitySchema<T> schema, T record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var f in schema.FieldList)
            {
                f.Write(w, record);
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A value as Autotask sends it: text, a whole number, a flag, a decimal to 4 places, an instant to the ms, or a date.</summary>
    static object? Normalize(object? value, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement j when t == typeof(string) => j.ValueKind == JsonValueKind.String ? j.GetString() : j.GetRawText(),
            JsonElement j when t == typeof(bool) => j.ValueKind == JsonValueKind.Number ? j.GetInt32() != 0 : j.GetBoolean(),
            JsonElement j when t == typeof(int) || t == typeof(long) => j.GetInt64(),
            JsonElement j when t == typeof(decimal) => Math.Round(j.GetDecimal(), 4),
            JsonElement j when t == typeof(DateTime) => Millis(DateTime.Parse(j.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
            JsonElement j when t == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.Parse(j.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
            int i => (long)i,
            long l => l,
            decimal d => Math.Round(d, 4),
            DateTime d => Millis(d.ToUniversalTime()),
            _ => value,
        };
    }

    static DateTime Millis(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
