using Autotask.Simulator.Tenant;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Live;

/// <summary>
/// Who and what the live tenant works with, read once per tenant: teams by queue, clients and their
/// contacts, and the open human-worked tickets (kept up to date as the live tenant opens and closes them).
/// </summary>
sealed class LiveCast
{
    public LiveCast(TenantData tenant)
    {
        Tenant = tenant;
        var queues = tenant.ResourceRoleQueues.Snapshot();
        int[] Team(int queue) => queues.Where(q => q.QueueId == queue).Select(q => q.ResourceId).Distinct().ToArray();
        RocTeam = Team(RocQueue);
        ServiceDeskTeam = Team(ServiceDeskQueue);
        Roles = queues.GroupBy(q => q.ResourceId).ToDictionary(g => g.Key, g => g.First().RoleId);
        Clients = tenant.Companies.Snapshot().Where(c => c.Id != 0 && c.IsActive).Select(c => (int)c.Id).ToArray();
        Names = tenant.Companies.Snapshot().ToDictionary(c => (int)c.Id, c => c.CompanyName);
        Contacts = tenant.Contacts.Snapshot().GroupBy(c => c.CompanyId).ToDictionary(g => g.Key, g => g.Select(c => (int)c.Id).ToArray());
        Open = tenant.Tickets.Snapshot().Where(t => t.CompletedDate is null && t.QueueId is RocQueue or ServiceDeskQueue)
            .Select(t => t.Id).ToList();
        ApiUser = tenant.ApiUserId;
    }

    public TenantData Tenant { get; }
    public int[] RocTeam { get; }
    public int[] ServiceDeskTeam { get; }
    public Dictionary<int, int> Roles { get; }
    public int[] Clients { get; }
    public Dictionary<int, string> Names { get; }
    public Dictionary<int, int[]> Contacts { get; }
    public List<long> Open { get; }
    public List<long> RecentlyClosed { get; } = [];
    public int ApiUser { get; }
}
