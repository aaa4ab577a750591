using Autotask.Client.Models;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync.Mapping;

/// <summary>Resources, roles, queue membership, companies and contacts as stored.</summary>
static class PeopleMapping
{
    public static ResourceRow ToRow(this Resource r, DateTime syncedAt) => new()
    {
        Id = r.Id,
        FirstName = Text.Cut(r.FirstName, 100),
        LastName = Text.Cut(r.LastName, 100),
        Email = Text.Cut(r.Email, 254),
        UserName = Text.Cut(r.UserName, 100),
        IsActive = r.IsActive,
        ResourceType = Text.Cut(r.ResourceType, 50),
        LicenseType = r.LicenseType,
        UserType = r.UserType,
        Title = Text.Cut(r.Title, 50),
        DefaultServiceDeskRoleId = r.DefaultServiceDeskRoleID,
        LocationId = r.LocationID,
        SyncedAt = syncedAt,
    };

    public static RoleRow ToRow(this Role r, DateTime syncedAt) => new()
    {
        Id = r.Id,
        Name = Text.Cut(r.Name, 200),
        Description = Text.Cut(r.Description, 200),
        IsActive = r.IsActive,
        HourlyRate = r.HourlyRate,
        SyncedAt = syncedAt,
    };

    public static ResourceRoleQueueRow ToRow(this ResourceRoleQueue q, DateTime syncedAt) => new()
    {
        Id = q.Id,
        ResourceId = q.ResourceID,
        QueueId = q.QueueID,
        RoleId = q.RoleID,
        SyncedAt = syncedAt,
    };

    public static CompanyRow ToRow(this Company c, DateTime syncedAt) => new()
    {
        Id = c.Id,
        CompanyName = Text.Cut(c.CompanyName, 100),
        CompanyNumber = Text.Cut(c.CompanyNumber, 50),
        CompanyType = c.CompanyType,
        Classification = c.Classification,
        IsActive = c.IsActive,
        ParentCompanyId = c.ParentCompanyID,
        OwnerResourceId = c.OwnerResourceID,
        City = Text.Cut(c.City, 30),
        State = Text.Cut(c.State, 25),
        CreateDate = c.CreateDate?.UtcDateTime,
        LastActivityDate = c.LastActivityDate?.UtcDateTime,
        LastTrackedModifiedDateTime = c.LastTrackedModifiedDateTime?.UtcDateTime,
        SyncedAt = syncedAt,
    };

    public static ContactRow ToRow(this Contact c, DateTime syncedAt) => new()
    {
        Id = c.Id,
        CompanyId = c.CompanyID,
        FirstName = Text.Cut(c.FirstName, 50),
        LastName = Text.Cut(c.LastName, 50),
        EmailAddress = Text.Cut(c.EmailAddress, 254),
        Title = Text.Cut(c.Title, 50),
        IsActive = c.Active,
        PrimaryContact = c.PrimaryContact,
        CreateDate = c.CreateDate?.UtcDateTime,
        LastModifiedDate = c.LastModifiedDate?.UtcDateTime,
        SyncedAt = syncedAt,
    };
}
