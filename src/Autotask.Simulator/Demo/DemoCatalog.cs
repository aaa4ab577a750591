using Autotask.Simulator.Schema;

namespace Autotask.Simulator.Demo;

/// <summary>
/// The fixed vocabulary of the demo MSP: its picklists (with tenant-specific values, as real
/// tenants have), names and ticket titles. All names are invented.
/// </summary>
static class DemoCatalog
{
    public const string MspName = "Northwind Managed IT (demo)";

    // Queue ids are large tenant-specific integers, as in real tenants (autotask-api.md §10).
    public const int RocQueue = 29683479;
    public const int ServiceDeskQueue = 29683480;
    public const int SecurityAlertsQueue = 29683481;
    public const int MonitoringAlertsQueue = 29683482;
    public const int ProjectsQueue = 29683483;
    public const int TamQueue = 29683484;
    public const int SalesSupportQueue = 29683485;

    public static readonly PicklistValue[] Queues =
    [
        new(RocQueue, "ROC", SortOrder: 1),
        new(ServiceDeskQueue, "Service Desk", SortOrder: 2),
        new(SecurityAlertsQueue, "Security Alerts", SortOrder: 3),
        new(MonitoringAlertsQueue, "Monitoring Alerts", SortOrder: 4),
        new(ProjectsQueue, "Projects", SortOrder: 5),
        new(TamQueue, "TAM", SortOrder: 6),
        new(SalesSupportQueue, "Sales Support", SortOrder: 7),
        new(29683486, "Legacy Helpdesk", IsActive: false, SortOrder: 8),
    ];

    public const int StatusNew = 1;
    public const int StatusComplete = 5;
    public const int StatusWaitingCustomer = 7;
    public const int StatusInProgress = 8;
    public const int StatusWaitingVendor = 27;
    public const int StatusPendingClose = 28;

    public static readonly PicklistValue[] Statuses =
    [
        new(StatusNew, "New", IsSystem: true, IsDefaultValue: true, SortOrder: 1),
        new(StatusComplete, "Complete", IsSystem: true, SortOrder: 9),
        new(StatusWaitingCustomer, "Waiting Customer", IsSystem: true, SortOrder: 4),
        new(StatusInProgress, "In Progress", SortOrder: 2),
        new(12, "Waiting Materials (retired)", IsActive: false, SortOrder: 6),
        new(StatusWaitingVendor, "Waiting Vendor", SortOrder: 5),
        new(StatusPendingClose, "Pending Close", SortOrder: 8),
    ];

    // The Autotask seed is 1 High, 2 Medium, 3 Low, 4 Critical; this tenant renamed them.
    public const int PriorityCritical = 4;
    public const int PriorityHigh = 1;
    public const int PriorityMedium = 2;
    public const int PriorityLow = 3;

    public static readonly PicklistValue[] Priorities =
    [
        new(PriorityHigh, "P2 - High", SortOrder: 2),
        new(PriorityMedium, "P3 - Medium", IsDefaultValue: true, SortOrder: 3),
        new(PriorityLow, "P4 - Low", SortOrder: 4),
        new(PriorityCritical, "P1 - Critical", SortOrder: 1),
    ];

    public static readonly PicklistValue[] TicketTypes =
    [
        new(1, "Service Request", IsSystem: true, IsDefaultValue: true),
        new(2, "Incident", IsSystem: true),
        new(3, "Problem", IsSystem: true),
        new(4, "Change Request", IsSystem: true),
        new(5, "Alert", IsSystem: true),
    ];

    public const int SourcePhone = 2;
    public const int SourceEmail = 4;
    public const int SourcePortal = 6;
    public const int SourceMonitoring = 8;

    public static readonly PicklistValue[] Sources =
    [
        new(SourcePhone, "Phone"),
        new(SourceEmail, "Email"),
        new(SourcePortal, "Client Portal"),
        new(SourceMonitoring, "Monitoring Alert"),
        new(-1, "Insourced"),
    ];

    public static readonly PicklistValue[] IssueTypes =
    [
        new(11, "Hardware"),
        new(12, "Software"),
        new(13, "Network"),
        new(14, "Security"),
        new(15, "Account / Access"),
    ];

    public static readonly PicklistValue[] SubIssueTypes =
    [
        new(201, "Laptop / Desktop", ParentValue: "11"),
        new(202, "Printer", ParentValue: "11"),
        new(203, "Microsoft 365", ParentValue: "12"),
        new(204, "Line of business app", ParentValue: "12"),
        new(205, "Firewall / VPN", ParentValue: "13"),
        new(206, "Wi-Fi", ParentValue: "13"),
        new(207, "Endpoint alert", ParentValue: "14"),
        new(208, "Password reset", ParentValue: "15"),
        new(209, "New user", ParentValue: "15"),
    ];

    public const int SlaStandard = 1;
    public const int SlaPremium = 2;

    public static readonly PicklistValue[] Slas =
    [
        new(SlaStandard, "Standard SLA"),
        new(SlaPremium, "Premium 24x7 SLA"),
    ];

    public const int TimeEntryRegular = 1;
    public const int TimeEntryTicket = 2;
    public const int TimeEntryTask = 6;

    public static readonly PicklistValue[] TimeEntryTypes =
    [
        new(TimeEntryRegular, "Regular Time"),
        new(TimeEntryTicket, "Ticket Time"),
        new(TimeEntryTask, "Task Time"),
    ];

    public const int CategoryStandard = 3;
    public const int CategoryAlert = 4;

    public static readonly PicklistValue[] TicketCategories =
    [
        new(3, "Standard", IsDefaultValue: true, SortOrder: 1),
        new(CategoryAlert, "RMM Alert", SortOrder: 2),
        new(5, "Project Ticket", SortOrder: 3),
        new(6, "Change (retired)", IsActive: false, SortOrder: 4),
    ];

    public const int NoteTypeTaskDetail = 1;
    public const int NoteTypeTaskNotes = 2;
    public const int NoteTypeTaskSummary = 3;

    public static readonly string[] NoteTexts =
    [
        "Called the user, left a voicemail.",
        "Remoted in & cleared the cached credentials.",
        "Customer replied: \"still happening after reboot\".",
        "Escalated to vendor <support case #4471>.",
        "Waiting on the user to confirm 👍",
        "Applied the fix from KB-1042; monitoring.",
        "Replaced the toner; test page OK.",
    ];

    public static readonly string[] Resolutions =
    [
        "Reset the password and re-enrolled MFA.",
        "Reinstalled the application; user confirmed it works.",
        "Vendor pushed a firmware fix.",
        "Duplicate of an existing ticket.",
    ];

    public const int BillingRemote = 29682801;
    public const int BillingOnsite = 29682802;
    public const int BillingInternal = 29682803;
    public const int BillingProject = 29682804;

    public static readonly string[] FirstNames =
    [
        "Avery", "Jordan", "Priya", "Mateo", "Chen", "Fatima", "Liam", "Sofia", "Kwame", "Hannah", "Diego", "Yuki",
        "Noah", "Amara", "Ethan", "Zoe", "Ravi", "Grace", "Omar", "Elena", "Lucas", "Mia", "Tariq", "Ingrid",
        "Sam", "Leila", "Owen", "Nadia", "Felix", "Aisha",
    ];

    public static readonly string[] LastNames =
    [
        "Okafor", "Lindqvist", "Patel", "García", "Nguyen", "Haddad", "Murphy", "Rossi", "Mensah", "Schmidt", "Alvarez",
        "Tanaka", "O'Brien", "Kowalski", "Dubois", "Singh", "Ferreira", "Novak", "Ibrahim", "Larsen", "Costa", "Becker",
    ];

    public static readonly string[] CompanyWords =
    [
        "Acme Dental", "Bluebird Logistics", "Cedar Law Group", "Delta Veterinary", "Evergreen CPA", "Fulton Realty",
        "Granite Manufacturing", "Harbor Pediatrics", "Ironwood Architects", "Juniper Schools", "Keystone Insurance",
        "Lakeside Clinic", "Maple Credit Union", "Northstar Engineering", "Oakridge Senior Living", "Pioneer Foods",
        "Quarry Hill Winery", "Riverbend Church", "Summit Orthopedics", "Tidewater Marine", "Union Street Bakery",
        "Valley Water District", "Westfield Auto Group", "Yellowstone Outfitters", "Zephyr Media",
    ];

    public static readonly string[] ManualTitles =
    [
        "Outlook keeps asking for password",
        "Printer says \"PC LOAD LETTER\"",
        "New hire starting Monday: accounts & laptop",
        "VPN drops every 10 minutes",
        "Teams calls choppy 😡 since update",
        "Can't open <invoice>.pdf attachments",
        "Password reset for O'Connor",
        "Wi-Fi slow in conference room B",
        "QuickBooks won't launch after update",
        "Shared drive S: missing",
        "Phish? \"Your mailbox is full\" e-mail",
        "Laptop fan loud / overheating 🔥",
        "Scanner to e-mail not working",
        "MFA prompt loop on phone",
        "Request: install Adobe Acrobat Pro",
        "Monitor flickering <b>badly</b>",
        "Offboarding: disable account & forward mail",
        "Server room UPS beeping",
        "Line-of-business app error 0x80070005",
        "Calendar permissions for front desk",
    ];
}
