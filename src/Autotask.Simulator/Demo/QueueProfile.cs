namespace Autotask.Simulator.Demo;

/// <summary>How the tickets of one human-worked queue arrive and get resolved.</summary>
sealed record QueueProfile(
    int QueueId,
    double PerWeekday,
    double SameDayShare,
    TimeSpan MultiDayMedian,
    TimeSpan FirstResponseMedian,
    decimal MinHours,
    decimal MaxHours,
    double NeverClosedShare = 0,
    double AfterHoursShare = 0)
{
    public static readonly QueueProfile Roc = new(DemoCatalog.RocQueue, 14, 0.66, TimeSpan.FromDays(2), TimeSpan.FromMinutes(12),
        0.25m, 1.5m, AfterHoursShare: 0.05);

    public static readonly QueueProfile ServiceDesk = new(DemoCatalog.ServiceDeskQueue, 12, 0.38, TimeSpan.FromDays(3),
        TimeSpan.FromMinutes(40), 0.25m, 2.5m);

    public static readonly QueueProfile Projects = new(DemoCatalog.ProjectsQueue, 0.8, 0.08, TimeSpan.FromDays(9),
        TimeSpan.FromHours(4), 1m, 6m);

    public static readonly QueueProfile SalesSupport = new(DemoCatalog.SalesSupportQueue, 1.2, 0.05, TimeSpan.FromDays(20),
        TimeSpan.FromHours(6), 0.25m, 1m, NeverClosedShare: 0.6);
}
