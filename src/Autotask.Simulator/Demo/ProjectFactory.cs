using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>Client projects with tasks; project engineers log task time against them.</summary>
sealed class ProjectFactory(DemoRandom rnd, DemoPeople people, DemoAccounts accounts, LocalClock clock, StringPool pool, DateTime nowUtc)
{
    public const long FirstProjectId = 1801;
    public const long FirstTaskId = 7701;
    static readonly string[] Kinds = ["Microsoft 365 migration", "Firewall replacement", "Server refresh", "Office move", "Backup overhaul"];
    static readonly string[] Steps = ["Discovery", "Plan & schedule", "Procure hardware", "Build & configure", "Cut-over", "Documentation"];

    public List<SimProject> Projects { get; } = [];
    public List<SimTask> Tasks { get; } = [];
    public List<SimTimeEntry> TaskTime { get; } = [];
    public Dictionary<int, long> ActiveByCompany { get; } = [];

    public void Create(DateOnly firstDay, int historyDays, TimeEntryFactory time)
    {
        var count = Math.Max(1, people.Clients.Length * historyDays / 365 / 2);
        for (var i = 0; i < count; i++)
        {
            var company = rnd.Pick(people.Clients);
            var start = clock.ToUtc(firstDay.AddDays(rnd.Next(historyDays)).ToDateTime(new TimeOnly(9, 0)));
            var lead = rnd.Pick(people.ProjectTeam);
            var project = new SimProject
            {
                Id = FirstProjectId + i, CompanyId = company, ProjectName = pool.Get($"{rnd.Pick(Kinds)} - {people.CompanyNames[company]}"),
                ProjectNumber = $"P{start:yyyyMMdd}.{i:0000}", ProjectType = 2, CreateDateTime = start.AddDays(-7),
                StartDateTime = start, EndDateTime = start.AddDays(30 + rnd.Next(60)), ProjectLeadResourceId = lead,
                ContractId = accounts.DefaultContract.GetValueOrDefault(company), EstimatedTime = 20m + rnd.Next(80),
            };
            AddTasks(project, time);
            project.Status = project.CompletedPercentage == 100 ? 5 : 1;
            project.CompletedDateTime = project.Status == 5 ? Tasks[^1].CompletedDateTime : null;
            project.LastActivityDateTime = new[] { project.CreateDateTime }.Concat(Tasks.Where(t => t.ProjectId == project.Id).Select(t => t.LastActivityDateTime)).Max();
            Projects.Add(project);
            if (project.Status != 5)
            {
                ActiveByCompany[company] = project.Id;
            }
        }
    }

    void AddTasks(SimProject project, TimeEntryFactory time)
    {
        var steps = 3 + rnd.Next(Steps.Length - 2);
        var span = (project.EndDateTime!.Value - project.StartDateTime!.Value) / steps;
        var done = 0;
        for (var s = 0; s < steps; s++)
        {
            var start = project.StartDateTime.Value + (span * s);
            var end = start + span;
            var tech = rnd.Pick(people.ProjectTeam);
            var task = new SimTask
            {
                Id = FirstTaskId + Tasks.Count, ProjectId = (int)project.Id, Title = Steps[s], TaskNumber = $"{project.ProjectNumber}-{s + 1}",
                Priority = 2, AssignedResourceId = tech, AssignedResourceRoleId = DemoPeople.RoleEngineer, BillingCodeId = BillingProject,
                CreateDateTime = project.CreateDateTime, StartDateTime = start, EndDateTime = end, EstimatedHours = 4m + rnd.Next(12),
                LastActivityDateTime = project.CreateDateTime,
            };
            task.Status = end <= nowUtc ? 5 : start <= nowUtc ? 4 : 1;
            task.CompletedDateTime = task.Status == 5 ? end : null;
            task.RemainingHours = task.Status == 5 ? 0m : task.EstimatedHours;
            done += task.Status == 5 ? 1 : 0;
            foreach (var entry in time.ForTask(task, tech))
            {
                TaskTime.Add(entry);
                task.LastActivityDateTime = entry.CreateDateTime > task.LastActivityDateTime ? entry.CreateDateTime : task.LastActivityDateTime;
            }

            Tasks.Add(task);
        }

        project.CompletedPercentage = done * 100 / steps;
    }
}
