namespace Autotask.Simulator.Tenant.Schemas;

/// <summary>Names of the tenant's picklists, shared by schemas and the demo generator.</summary>
public static class Picklists
{
    public const string TicketStatus = "ticketStatus";
    public const string TicketPriority = "ticketPriority";
    public const string Queue = "queue";
    public const string ServiceLevelAgreement = "serviceLevelAgreement";
    public const string TicketType = "ticketType";
    public const string TicketSource = "ticketSource";
    public const string IssueType = "issueType";
    public const string SubIssueType = "subIssueType";
    public const string TimeEntryType = "timeEntryType";
    public const string ResourceType = "resourceType";
    public const string CompanyType = "companyType";
    public const string TicketCategory = "ticketCategory";
    public const string ContractType = "contractType";
    public const string ContractStatus = "contractStatus";
    public const string ProjectStatus = "projectStatus";
    public const string ProjectType = "projectType";
    public const string TaskStatus = "taskStatus";
    public const string NoteType = "noteType";
    public const string Publish = "publish";
    public const string BillingCodeType = "billingCodeType";
}
