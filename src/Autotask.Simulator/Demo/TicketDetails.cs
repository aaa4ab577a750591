using Autotask.Simulator.Tenant.Records;
using static Autotask.Simulator.Demo.DemoCatalog;

namespace Autotask.Simulator.Demo;

/// <summary>
/// The parts of a worked ticket around its timeline: who reported it, under which contract and
/// category, the notes technicians write, how it was resolved.
/// </summary>
sealed class TicketDetails(DemoRandom rnd, DemoAccounts accounts, StringPool pool, DateTime nowUtc)
{
    public void Enrich(TicketDraft draft, int tech, int? projectId)
    {
        var t = draft.Ticket;
        t.TicketCategory = projectId is null ? CategoryStandard : 5;
        t.ProjectId = projectId;
        if (accounts.ContactsByCompany.TryGetValue(t.CompanyId, out var contacts))
        {
            t.ContactId = rnd.Pick(contacts);
            t.ContractId = accounts.DefaultContract[t.CompanyId];
        }

        if (t.FirstResponseDateTime is { } responded)
        {
            t.FirstResponseInitiatingResourceId = tech;
            t.ResolutionPlanDueDateTime = t.CreateDate + ((t.DueDateTime!.Value - t.CreateDate) / 2);
            var plan = responded + ((t.CompletedDate ?? nowUtc) - responded) / 3;
            t.ResolutionPlanDateTime = plan <= nowUtc ? plan : null;
        }

        if (t.CompletedDate is not null)
        {
            t.Resolution = pool.Get(rnd.Pick(Resolutions));
        }

        var end = t.CompletedDate ?? nowUtc;
        for (var i = rnd.Next(4); i > 0; i--)
        {
            var at = t.CreateDate + ((end - t.CreateDate) * rnd.Unit());
            var fromCustomer = t.ContactId is not null && rnd.Chance(0.2);
            draft.Notes.Add(new SimTicketNote
            {
                Title = fromCustomer ? "Customer update" : "Technician note",
                Description = pool.Get(rnd.Pick(NoteTexts)),
                NoteType = fromCustomer ? NoteTypeTaskNotes : NoteTypeTaskDetail,
                Publish = rnd.Chance(0.3) ? 2 : 1,
                CreateDateTime = at,
                CreatorResourceId = fromCustomer ? null : tech,
                CreatedByContactId = fromCustomer ? t.ContactId : null,
                LastActivityDate = at,
            });
        }
    }
}
