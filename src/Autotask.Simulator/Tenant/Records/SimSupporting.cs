namespace Autotask.Simulator.Tenant.Records;

/// <summary>A work type (autotask-api.md §6.8); query-only.</summary>
public sealed class SimBillingCode
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public int BillingCodeType { get; set; } = 1;
    public int UseType { get; set; } = 1;
    public decimal? UnitPrice { get; set; }
    public decimal? UnitCost { get; set; }
    public string? ExternalNumber { get; set; }
}

/// <summary>A ticket category, the entity behind the tickets' <c>ticketCategory</c>.</summary>
public sealed class SimTicketCategory
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string? Nickname { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsGlobalDefault { get; set; }
    public bool IsApiOnly { get; set; }
    public int? DisplayColorRgb { get; set; }
}

/// <summary>Which queues a resource works, in which role.</summary>
public sealed class SimResourceRoleQueue
{
    public long Id { get; set; }
    public int ResourceId { get; set; }
    public int RoleId { get; set; }
    public int QueueId { get; set; }
    public bool IsDefault { get; set; }
}

/// <summary>
/// A ticket's SLA outcome. It reads its ticket, so it can never disagree with it, and costs a few bytes
/// per ticket even at the largest scale.
/// </summary>
public sealed class SimSlaResult(long id, SimTicket ticket)
{
    public long Id { get; } = id;
    public SimTicket Ticket { get; } = ticket;
}

/// <summary>A role (entity <c>Roles</c>): what a resource works as on a ticket, task or queue; query-only here.</summary>
public sealed class SimRole
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public decimal HourlyFactor { get; set; } = 1m;
    public decimal HourlyRate { get; set; }
    public int RoleType { get; set; } = 1;
    public bool IsSystemRole { get; set; }
}
